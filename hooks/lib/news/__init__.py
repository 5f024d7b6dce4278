"""News posts: the post model and file layout (model), front matter parsing and checks (posts),
categories, list pages and entries (listing) and the RSS feed (feed). Pure Python, no MkDocs import;
connected to MkDocs by hooks/hook_news.py.
"""
