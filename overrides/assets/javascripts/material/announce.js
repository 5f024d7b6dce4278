/* Material for MkDocs 9.7.6, partials/javascripts/announce.html, moved into a file so the
   Content-Security-Policy needs no inline script (see overrides/partials/javascripts/announce.html).
   Code unchanged.
   tests/unit/test_material_scripts.py checks the code still matches the installed Material. */
var el=document.querySelector("[data-md-component=announce]");if(el){var content=el.querySelector(".md-typeset");__md_hash(content.innerHTML)===__md_get("__announce")&&(el.hidden=!0)}
