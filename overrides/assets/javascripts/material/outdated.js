/* Material for MkDocs 9.7.6, partials/javascripts/outdated.html, moved into a file so the
   Content-Security-Policy needs no inline script (see overrides/partials/javascripts/outdated.html).
   Only change: Material writes the page's relative base_url into its inline code, a text that
   differs with the page's depth. This file is <site root>/assets/javascripts/material/outdated.js, so the
   site root is "../../.." from this file's own address: the same on every page.
   tests/unit/test_material_scripts.py checks the code still matches the installed Material. */
var el=document.querySelector("[data-md-component=outdated]"),base=new URL("../../..",document.currentScript.src),outdated=__md_get("__outdated",sessionStorage,base);!0===outdated&&el&&(el.hidden=!1)
