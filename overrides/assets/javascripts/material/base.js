/* Material for MkDocs 9.7.6, partials/javascripts/base.html, moved into a file so the
   Content-Security-Policy needs no inline script (see overrides/partials/javascripts/base.html).
   Only change: Material writes the page's relative base_url into its inline code, a text that
   differs with the page's depth. This file is <site root>/assets/javascripts/material/base.js, so the
   site root is "../../.." from this file's own address: the same on every page.
   A configured extra.scope still wins (data-md-scope, resolved against the page as Material does).
   tests/unit/test_material_scripts.py checks the code still matches the installed Material. */
__md_scope=function(s){return s.dataset.mdScope?new URL(s.dataset.mdScope,location):new URL("../../..",s.src)}(document.currentScript),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}
