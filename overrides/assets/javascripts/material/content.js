/* Material for MkDocs 9.7.6, partials/javascripts/content.html (second script), moved into a file so the
   Content-Security-Policy needs no inline script (see overrides/partials/javascripts/content.html).
   Code unchanged.
   tests/unit/test_material_scripts.py checks the code still matches the installed Material. */
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))
