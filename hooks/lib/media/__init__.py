"""Photos and link-preview images: staff put a phone photo beside a page and write ``![alt](IMG_2041.JPG)``;
the build finds it with its line (``markdown_images``), checks the alt text, the file name's letter case
and the limits of ``limits`` (``resolve``, with messages in Vietnamese then English from ``messages``),
publishes upright, metadata-free WebP and JPEG versions in a few widths instead of the original
(``photos``), and draws a 1200×630 card with the page title for pages without a photo (``cards``); both
are cached on disk by content hash (``diskcache``), and ``pages`` ties one page's photos together for the
``<picture>`` template and the og:image meta. Pure Python with Pillow: no MkDocs import
(hooks/hook_media.py connects it to the build).
"""
