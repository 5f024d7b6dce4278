/* Material for MkDocs 9.7.6, partials/javascripts/content.html (first script, feature content.tabs.link), moved into a file so the
   Content-Security-Policy needs no inline script (see overrides/partials/javascripts/content.html).
   Code unchanged.
   tests/unit/test_material_scripts.py checks the code still matches the installed Material. */
var tabs=__md_get("__tabs");if(Array.isArray(tabs))e:for(var set of document.querySelectorAll(".tabbed-set")){var labels=set.querySelector(".tabbed-labels");for(var tab of tabs)for(var label of labels.getElementsByTagName("label"))if(label.innerText.trim()===tab){var input=document.getElementById(label.htmlFor);input.checked=!0;continue e}}
