/*
 * Vietnamese-aware search worker for Material for MkDocs 9.7 (replaces its lunr worker).
 *
 * Speaks Material's worker protocol exactly (integrations/search/worker/message): the bundle posts
 * {type: 0 SETUP, data: {config, docs, options}}, we answer {type: 1 READY}; it posts {type: 2 QUERY,
 * data: "text"}, we answer {type: 3 RESULT, data: {items: SearchItem[][], suggest?: string[]}} where
 * each inner array is one page (its article first once sorted by Material's renderer) and an item is
 * {location, title, text, tags?, score, terms}. `title`/`text` are HTML (Material inserts them with
 * innerHTML) with <mark> around matches; `terms` maps words to found/missing: Material strikes out
 * the missing ones and puts the found ones into the link's ?h= so its page highlighter marks them.
 * We put the words *as written on the page* there, so "thu vien" highlights "thư viện" on the page.
 * A page's title starts with its kind ("Phường", "Tài nguyên"...: labels from the index config, UI
 * strings of overrides/locales), so a reader tells the ward's own page from a list that mentions it.
 *
 * The index is the compact form of hooks/lib/search/index.py. fold/normalise mirror
 * hooks/lib/search/vnfold.py rule for rule (tests/unit/test_vnfold.py checks both give identical output).
 * Plain JS, no build step, no dependencies: it loads from our own site only.
 */
"use strict"

var TONES = "\u0300\u0301\u0303\u0309\u0323"    // huyền sắc ngã hỏi nặng; other marks are letters
var VOWELS = "aăâeêioôơuưy", MODIFIED = "ăâêôơư"
var ALPHABET = /^[a-zđăâêôơư]$/
var WORD = /[\p{L}\p{N}\p{M}]+/gu
var PAIRS_NEW_STYLE = ["oa", "oe", "uy"]         // hoà, khoẻ, thuý (tone on the second vowel)

function fold(text) {
  return text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").normalize("NFC")
}

// Lowercase word -> {letters (NFC, tone marks removed), tones: [[mark, letterIndex]]}, or null
function splitLetters(word) {
  var letters = [], tones = []
  for (var ch of word.normalize("NFD")) {
    if (TONES.indexOf(ch) >= 0 || /\p{M}/u.test(ch)) {
      if (!letters.length) return null
      if (TONES.indexOf(ch) >= 0) tones.push([ch, letters.length - 1])
      else letters[letters.length - 1] += ch
    } else letters.push(ch)
  }
  return { letters: letters.map(function (l) { return l.normalize("NFC") }), tones: tones }
}

function nucleus(letters) {
  var n = letters.length, i = 0
  while (i < n && VOWELS.indexOf(letters[i]) < 0) i++
  if (i === n) return [-1, -1]
  // "qu" and "gi" are consonants when another vowel follows: quý -> y, giá -> a, but gì -> i
  if (i > 0 && i + 1 < n && VOWELS.indexOf(letters[i + 1]) >= 0 &&
      ((letters[i - 1] === "q" && letters[i] === "u") || (letters[i - 1] === "g" && letters[i] === "i")))
    i++
  var j = i
  while (j < n && VOWELS.indexOf(letters[j]) >= 0) j++
  return [i, j]
}

function tonePosition(letters) {
  var ij = nucleus(letters), i = ij[0], j = ij[1]
  if (i < 0) return -1
  for (var k = j - 1; k >= i; k--) if (MODIFIED.indexOf(letters[k]) >= 0) return k
  if (j - i === 1) return i
  if (j < letters.length) return j - 1
  if (j - i === 2) return PAIRS_NEW_STYLE.indexOf(letters.slice(i, j).join("")) >= 0 ? j - 1 : i
  return i + 1
}

function canonicalSyllable(word) {
  word = word.toLowerCase().normalize("NFC")
  var s = splitLetters(word)
  if (!s || s.tones.length !== 1 || !s.letters.every(function (l) { return ALPHABET.test(l) }))
    return word
  var mark = s.tones[0][0], current = s.tones[0][1], target = tonePosition(s.letters)
  var ij = nucleus(s.letters)
  if (target < 0 || target === current || current < ij[0] || current >= ij[1]) return word
  s.letters[target] = (s.letters[target] + mark).normalize("NFC")
  return s.letters.join("")
}

function normalise(text) {
  return text.normalize("NFC").toLowerCase().replace(WORD, canonicalSyllable).normalize("NFC")
}

var folded = new Map()                           // a site repeats few distinct words: fold each once
function syllables(text) {
  var out = [], m, f
  WORD.lastIndex = 0
  while ((m = WORD.exec(text))) {
    if ((f = folded.get(m[0])) === undefined) folded.set(m[0], f = fold(m[0]))
    out.push({ s: m.index, e: m.index + m[0].length, w: m[0], f: f })
  }
  return out
}

// English only: make simple plurals meet their singular ("libraries" ~ "library", "wards" ~ "ward");
// Vietnamese has no inflection, so it gets none.
function stem(key, lang) {
  if (lang !== "en" || key.length < 4) return key
  if (/ies$/.test(key)) return key.slice(0, -3) + "y"
  if (/(ss|us|is)$/.test(key)) return key
  if (/(ches|shes|xes|sses)$/.test(key)) return key.slice(0, -2)
  return key.replace(/s$/, "")
}

/* ---------------------------------------------------------------------- index */

var docs = [], byPath = new Map(), vocab = new Map(), sortedKeys = [], lang = "vi", suggestOn = false
var kindLabels = {}                              // kind -> label (index config "kinds"); none: no label

function setup(data) {
  lang = (data.config && data.config.lang) || "vi"
  kindLabels = (data.config && data.config.kinds) || {}
  suggestOn = !!(data.options && data.options.suggest)
  docs = []; byPath = new Map(); vocab = new Map()
  var page = "", pageExtra = {}
  data.docs.forEach(function (row, d) {
    var location = row[0], extra = row[3]
    if (location[0] === "#") { location = page + location; extra = extra || pageExtra }
    else { page = location.split("#")[0]; pageExtra = extra || {} }
    extra = extra || {}
    var doc = { location: location, title: row[1], text: row[2], tags: extra.tags, boost: extra.boost || 1,
      kind: extra.kind || "page" }
    // As Material: the first document of a path is the article, later ones its sections
    var path = location.split("#")[0]
    if (byPath.has(path)) doc.parent = byPath.get(path); else byPath.set(path, doc)
    doc.fields = [syllables(doc.title), syllables(doc.text), syllables((doc.tags || []).join("\n"))]
    doc.fields.forEach(function (tokens, f) {
      tokens.forEach(function (t, k) {
        t.key = stem(t.f, lang)
        if (!vocab.has(t.key)) vocab.set(t.key, [])
        vocab.get(t.key).push([d, f, k])
      })
    })
    docs.push(doc)
  })
  sortedKeys = Array.from(vocab.keys()).sort()
}

// Index keys that start with `start` and are longer than it, found by binary search in the sorted keys
function keysStartingWith(start) {
  var lo = 0, hi = sortedKeys.length, out = []
  while (lo < hi) { var mid = (lo + hi) >> 1; if (sortedKeys[mid] < start) lo = mid + 1; else hi = mid }
  for (var i = lo; i < sortedKeys.length && sortedKeys[i].startsWith(start); i++)
    if (sortedKeys[i].length > start.length) out.push(sortedKeys[i])
  return out
}

function fieldText(doc, f) { return f === 0 ? doc.title : f === 1 ? doc.text : (doc.tags || []).join("\n") }

/* ---------------------------------------------------------------------- ranking */

// How close a token's diacritics are to the query syllable's (both fold to the same letters).
// Distance: +1 per mark (tone, or â ă ê ô ơ ư đ) that one side has and the other left out, +2 per
// mark that differs, so for "bán": bán 0, ban 1, bạn 2. A syllable typed without any diacritic
// says nothing about them, so every spelling is equally good for it. Tone placement plays no part:
// tones are compared per syllable, not per letter.
function marks(word) {
  var s = splitLetters(word.toLowerCase()) || { letters: [], tones: [] }
  return { letters: s.letters, tone: s.tones.length ? s.tones[0][0] : "" }
}
function markDistance(a, b) {
  if (a === b) return 0
  return fold(a) === a || fold(b) === b ? 1 : 2
}
function exactness(q, word, prefix) {
  var t = marks(word), p = 0
  if (!q.plain) {
    p += markDistance(q.marks.tone, t.tone)
    for (var i = 0; i < q.marks.letters.length && i < t.letters.length; i++)
      p += markDistance(q.marks.letters[i], t.letters[i])
  }
  return (prefix ? 0.8 : 1) / (1 + p)              // a whole syllable beats the start of a longer one
}

function querySyllable(raw, f) {
  return { raw: raw, key: stem(f, lang), f: f, plain: normalise(raw) === f, marks: marks(raw) }
}

// The query's syllables, and [from, to) of each word that was typed without its spaces
function parseQuery(value) {
  var tokens = syllables(value.normalize("NFC")), qs = [], joinedWords = []
  // As-you-type: the last syllable may be unfinished unless followed by a space. One letter is
  // not a prefix worth expanding (it matches most of the site and costs a phone the most).
  var typing = !/[\s\-]$/.test(value)
  tokens.forEach(function (t, i) {
    var q = querySyllable(t.w, t.f)
    if (typing && i === tokens.length - 1 && q.f.length > 1) q.prefix = true
    var cut = joined(q)
    if (cut && cut.pages >= pagesWith(q)) {
      joinedWords.push([qs.length, qs.length + cut.parts.length])
      Array.prototype.push.apply(qs, cut.parts)
    } else qs.push(q)
  })
  return { syllables: qs, joinedWords: joinedWords }
}

// How many documents have q as a word (or, being typed, as the start of one)
function pagesWith(q) {
  var found = new Set()
  ;[q.key].concat(q.prefix ? keysStartingWith(q.f) : []).forEach(function (key) {
    (vocab.get(key) || []).forEach(function (p) { found.add(p[0]) })
  })
  return found.size
}

// Syllables typed without their spaces ("thuvien", "khanacademy", "hoctapsuotdoi"): a query word
// is cut into words of the index that follow one another somewhere on the site ("thư viện"),
// fewest pieces first, and read so unless fewer documents have those words in a row than have the
// word itself ("khanacademy" is also part of a web address; "nguyen" stays Nguyễn). As with words typed
// with spaces, the last piece may be unfinished. Never a cut whose pieces only exist apart ("vein"
// is not "về in"): such a word is a typo (see lookup). Returns {parts, pages} or null.
function joined(q) {
  var word = q.f, cuts = [], budget = 2000
  if (word.length < 4) return null
  ;(function walk(at, pieces) {
    if (pieces.length >= 6) return
    for (var end = word.length; end > at && budget-- > 0; end--) {
      var piece = word.slice(at, end), last = end === word.length
      if (last && !pieces.length) continue
      if (vocab.has(stem(piece, lang)) || (last && q.prefix && piece.length > 1 && keysStartingWith(piece).length))
        last ? cuts.push(pieces.concat([piece])) : walk(end, pieces.concat([piece]))
    }
  })(0, [])
  var best = null, pages = 0
  cuts.sort(function (a, b) { return a.length - b.length })
  for (var c = 0; c < cuts.length && !(best && cuts[c].length > best.length); c++) {
    var found = pagesInARow(cuts[c], q.prefix)
    if (found > pages) { best = cuts[c]; pages = found }
  }
  if (!best) return null
  var raw = q.raw.length === word.length ? q.raw : word, at = 0
  return { pages: pages, parts: best.map(function (piece, i) {
    var part = querySyllable(raw.slice(at, at += piece.length), piece)
    if (q.prefix && i === best.length - 1) part.prefix = true
    return part
  }) }
}

// How many documents have the words `pieces` (folded) one after the other, separated only by
// spaces or dashes, in one field
function pagesInARow(pieces, lastMayBeUnfinished) {
  var keys = pieces.map(function (p) { return stem(p, lang) }), n = pieces.length, found = new Set()
  ;(vocab.get(keys[0]) || []).forEach(function (p) {
    var doc = docs[p[0]], tokens = doc.fields[p[1]], text = fieldText(doc, p[1])
    for (var i = 1; i < n; i++) {
      var t = tokens[p[2] + i]
      if (!t || !/^[\s\-\u2013]*$/.test(text.slice(tokens[p[2] + i - 1].e, t.s))) return
      if (t.key !== keys[i] && !(i === n - 1 && lastMayBeUnfinished && t.key.startsWith(pieces[i]))) return
    }
    found.add(p[0])
  })
  return found.size
}

// Optimal string alignment distance of a and b (a swap of two neighbours counts as one edit), or
// max + 1 as soon as it is known to exceed max
function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1
  var before = null, prev = [], cur, i, j
  for (j = 0; j <= b.length; j++) prev[j] = j
  for (i = 1; i <= a.length; i++) {
    cur = [i]
    var least = i
    for (j = 1; j <= b.length; j++) {
      var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2] + 1)
      cur[j] = v
      if (v < least) least = v
    }
    if (least > max) return max + 1
    before = prev; prev = cur
  }
  return prev[b.length]
}

// Hits of query syllable q: [docIndex, field, tokenIndex, exactness, complete syllable?]
function lookup(q) {
  var hits = [], seen = new Map()
  var keys = vocab.has(q.key) ? [q.key] : []
  if (q.prefix) keys = keys.concat(keysStartingWith(q.f).filter(function (key) { return key !== q.key }))
  keys.forEach(function (key) {
    var exact = key === q.key
    ;(vocab.get(key) || []).forEach(function (p) {
      var word = docs[p[0]].fields[p[1]][p[2]].w, e = seen.get(word)
      if (e === undefined) seen.set(word, e = exactness(q, word, !exact))
      hits.push([p[0], p[1], p[2], e, exact])
    })
  })
  if (hits.length || q.f.length < 4) return hits
  // A word the site does not have, of four letters or more, is taken for a typo of the words one
  // edit away (two from eight letters): "vein" -> viện, "acadamy" -> Academy, "ronn" -> rôn. Below
  // any word spelled right, and diacritics typed with it say nothing about the word meant.
  var max = q.f.length >= 8 ? 2 : 1
  sortedKeys.forEach(function (key) {
    var d = editDistance(q.key, key, max)
    if (d > max) return
    vocab.get(key).forEach(function (p) { hits.push([p[0], p[1], p[2], 0.6 / d, true]) })
  })
  return hits
}

// What one document's hits say about the query (n syllables):
// covered/complete: how many syllables it has at all / as whole syllables (not only as a prefix);
// phrases: occurrences of all syllables in order, separated only by spaces or dashes ("học tập
// suốt đời", "thư viện"); exact: how close the diacritics are (best phrase, else best per syllable);
// shown: the tokens to mark - the phrases if any, else each syllable's best-spelled hits.
function analyse(doc, hits, n, joinedWords) {
  var at = [new Map(), new Map(), new Map()], best = [], complete = [], count = hits.length
  hits.forEach(function (h) {
    var f = h[0], k = h[1], i = h[2], e = h[3]
    if (!at[f].has(k)) at[f].set(k, new Map())
    at[f].get(k).set(i, [e, h[4]])                 // a token is one word: one exactness per syllable
    best[i] = Math.max(best[i] || 0, e)
    if (h[4]) complete[i] = true
  })
  // Occurrences of query syllables from..to-1 on consecutive tokens of field f, separated only by
  // spaces or dashes
  function inARow(f, from, to) {
    var text = fieldText(doc, f), tokens = doc.fields[f], found = []
    at[f].forEach(function (syl, k) {
      if (!syl.has(from)) return
      var sum = syl.get(from)[0], whole = syl.get(from)[1]
      for (var i = 1; i < to - from; i++) {
        var next = at[f].get(k + i)
        if (!next || !next.has(from + i) || !/^[\s\-\u2013]*$/.test(text.slice(tokens[k + i - 1].e, tokens[k + i].s))) return
        sum += next.get(from + i)[0]
        whole = whole && next.get(from + i)[1]
      }
      found.push({ f: f, k: k, e: sum / (to - from), whole: whole })
    })
    return found
  }
  var phrases = inARow(0, 0, n).concat(inARow(1, 0, n))
  // A word typed without its spaces ("thuvien") is found only where its syllables stand together
  var together = joinedWords.every(function (w) {
    return [0, 1, 2].some(function (f) { return inARow(f, w[0], w[1]).length })
  })
  var shown = [[], [], []]
  if (phrases.length) {
    phrases.forEach(function (p) { for (var i = 0; i < n; i++) shown[p.f].push(p.k + i) })
  } else {
    hits.forEach(function (h) { if (h[3] >= best[h[2]]) shown[h[0]].push(h[1]) })
  }
  var exact = phrases.length ? Math.max.apply(null, phrases.map(function (p) { return p.e }))
    : best.reduce(function (a, e) { return a + (e || 0) }, 0) / n
  return {
    best: best, covered: best.filter(Boolean).length, complete: complete.filter(Boolean).length, phrases: phrases,
    together: together,
    exact: exact, titled: phrases.length ? +phrases.some(function (p) { return p.f !== 1 }) :
      new Set(hits.filter(function (h) { return h[0] !== 1 }).map(function (h) { return h[2] })).size / n,
    count: phrases.length || count, shown: shown,
    // Share of the title that the query covers: "Khẩu hiệu tuyên truyền" is more about "khẩu
    // hiệu" than a long news headline that mentions it (lunr's field-length normalisation)
    density: doc.fields[0].length ? new Set(shown[0]).size / doc.fields[0].length : 0
  }
}

/* ---------------------------------------------------------------------- output */

function escapeHTML(s) {
  return s.replace(/[&<>"']/g, function (c) { return "&#" + c.charCodeAt(0) + ";" })
}

// Wrap the given token ranges of `text` in <mark>, one mark per run of words separated only by
// spaces (a phrase reads as one highlight, like Material's page highlighter); the rest escaped
function markUp(text, ranges, from, to) {
  var runs = []
  ranges.filter(function (r) { return r.s >= from && r.e <= to }).forEach(function (r) {
    var last = runs[runs.length - 1]
    if (last && /^\s*$/.test(text.slice(last.e, r.s))) last.e = Math.max(last.e, r.e)
    else runs.push({ s: r.s, e: r.e })
  })
  var out = "", at = from
  runs.forEach(function (r) {
    out += escapeHTML(text.slice(at, r.s)) + "<mark>" + escapeHTML(text.slice(r.s, r.e)) + "</mark>"
    at = r.e
  })
  return out + escapeHTML(text.slice(at, to))
}

// The kind of a page before its title: Material shows the article of each result page as its
// heading (<h1>), its sections below it (<h2>), so only the article carries it. The separator is
// for screen readers ("Phường: Phường <tên>"); the label is a chip on screen (site.css).
function kindLabel(doc) {
  var label = !doc.parent && kindLabels[doc.kind]
  return label ? '<span class="vn-search-kind">' + escapeHTML(label) +
    '<span class="vn-search-kind__separator">: </span></span>' : ""
}

// Teaser: like Material, the first two blocks (paragraphs, list items) with a match; a long block is
// cut to a window around its first match so the match is visible on a phone.
function teaser(text, ranges) {
  var blocks = [], start = 0
  text.split("\n").forEach(function (b) { blocks.push([start, start + b.length]); start += b.length + 1 })
  var shown = blocks.filter(function (b) {
    return ranges.some(function (r) { return r.s >= b[0] && r.e <= b[1] })
  }).slice(0, 2)
  return shown.map(function (b) {
    var from = b[0], to = b[1], first = ranges.find(function (r) { return r.s >= b[0] })
    if (to - from > 320) {
      from = Math.max(b[0], text.lastIndexOf(" ", Math.max(b[0], first.s - 80)) + 1)
      to = Math.min(b[1], from + 300)
      if (to < b[1]) to = Math.max(first.e, text.lastIndexOf(" ", to))
    }
    return "<p>" + (from > b[0] ? "… " : "") + markUp(text, ranges, from, to) + (to < b[1] ? " …" : "") + "</p>"
  }).join("")
}

// Teaser of a section found by its title only: its first block, cut short
function intro(text) {
  var first = text.split("\n")[0], cut = first.length > 300 ? first.lastIndexOf(" ", 300) : -1
  return first ? "<p>" + escapeHTML(cut > 0 ? first.slice(0, cut) + " …" : first) + "</p>" : ""
}

function search(value) {
  var query = parseQuery(value), qs = query.syllables, n = qs.length
  if (!n) return { items: [] }
  var byDoc = new Map()                             // docIndex -> [field, token, syllable, e, complete]
  qs.forEach(function (q, i) {
    lookup(q).forEach(function (h) {
      if (!byDoc.has(h[0])) byDoc.set(h[0], [])
      byDoc.get(h[0]).push([h[1], h[2], i, h[3], h[4]])
    })
  })
  var found = [], full = false, wholePhrase = false
  byDoc.forEach(function (hits, d) {
    var a = analyse(docs[d], hits, n, query.joinedWords)
    if (!a.together) return
    a.d = d
    full = full || a.covered === n
    wholePhrase = wholePhrase || (n > 1 && a.phrases.some(function (p) { return p.whole }))
    found.push(a)
  })
  var results = []
  found.forEach(function (a) {
    // A phrase is not "any of its words": once some section has every syllable, sections missing
    // one are dropped. The last syllable may be unfinished ("thu vi" -> "thư viện"), so it also
    // matches as the start of a longer word, but only where that makes a phrase, and not at all
    // once the syllables are found whole as a phrase ("dong khe" must not keep "động khen").
    if (full && a.covered < n) return
    if (full && a.complete < n && (wholePhrase || !a.phrases.length)) return
    var doc = docs[a.d]
    // Tier: phrase > every syllable > fewer syllables. Within a tier, exact diacritics outweigh
    // title hits and frequency, so the query "bán" ranks bán > ban > bạn.
    var tier = a.covered + (a.phrases.length && n > 1 ? 1 : 0)
    // A page's own title says what the page is about; a section heading only what part of a page
    // is: the ward's page "Phường <tên>" before the libraries list's section of that name.
    var relevance = 300 * a.exact + 30 * a.titled + 40 * a.density +
      Math.min(20, 5 * Math.log(1 + a.count)) + (doc.parent ? 0 : 5 + 20 * a.density)
    relevance = Math.min(999, relevance * doc.boost)  // a page boost never lifts it over a better tier
    var terms = {}, tokens = function (f) {
      return Array.from(new Set(a.shown[f])).sort(function (x, y) { return x - y })
        .map(function (k) { terms[doc.fields[f][k].w.toLowerCase()] = true; return doc.fields[f][k] })
    }
    var title = tokens(0), text = tokens(1)
    tokens(2)                                        // matched tags: Material shows them on the page too
    // Missing syllables, struck out by Material's renderer under the teaser
    qs.forEach(function (q, i) { if (!a.best[i]) terms[q.raw] = false })
    results.push({
      location: doc.location,
      title: kindLabel(doc) + markUp(doc.title, title, 0, doc.title.length),
      text: text.length ? teaser(doc.text, text) : intro(doc.text),
      tags: doc.tags, score: tier * 1000 + relevance, terms: terms, doc: doc
    })
  })
  results.sort(function (x, y) { return y.score - x.score })
  // Group by page in order of each page's best section, as Material's worker does
  var groups = new Map()
  results.forEach(function (r) {
    var ref = (r.doc.parent || r.doc).location
    if (!groups.has(ref)) groups.set(ref, [])
    groups.get(ref).push(r)
  })
  groups.forEach(function (items, ref) {
    if (!items.some(function (r) { return r.location === ref })) {
      var article = byPath.get(ref.split("#")[0])
      items.push({ location: article.location, title: kindLabel(article) + escapeHTML(article.title), text: "",
        tags: article.tags, score: 0, terms: {} })
    }
  })
  var result = { items: Array.from(groups.values()) }
  if (suggestOn) result.suggest = suggest(value, results)
  results.forEach(function (r) { delete r.doc })      // internal: not for postMessage
  return result
}

// Completion of the last typed word from the best results' titles, spelled as typed so far:
// "thu vi" -> "viện" -> Material shows "thu viện" and completes it on →.
function suggest(value, results) {
  var last = value.split(/[\s\-]+/).pop()
  if (!last || last !== last.normalize("NFC") || !/^[\p{L}\p{N}]+$/u.test(last)) return []
  var key = fold(last)
  for (var r of results) {
    var t = r.doc.fields[0].find(function (t) { return t.f.length > key.length && t.f.startsWith(key) })
    if (t) return [last + t.w.normalize("NFC").slice(last.length).toLowerCase()]
  }
  return []
}

/* ---------------------------------------------------------------------- protocol */

if (typeof module !== "undefined" && module.exports) {
  // Loaded by node in tests: expose the functions instead of listening for messages
  module.exports = { fold: fold, normalise: normalise, syllables: syllables, setup: setup, search: search }
} else {
  // Material's bundle posts the stub it fetched on page load ({config: {full, ...}, docs: []}); the full
  // index is fetched here on the first query, so visitors who never search never download it.
  // A synchronous request blocks only this worker and keeps answers in the order of the queries.
  var deferred = null
  var loadDeferred = function () {
    var xhr = new XMLHttpRequest()
    xhr.open("GET", new URL("../../../" + deferred.config.full, self.location).href, false)
    xhr.send()
    if (xhr.status !== 200) throw new Error("search index: HTTP " + xhr.status)
    var full = JSON.parse(xhr.responseText)
    setup({ config: full.config || deferred.config, docs: full.docs, options: deferred.options })
    deferred = null
  }
  addEventListener("message", function (ev) {
    var message = ev.data
    switch (message.type) {
      case 0:
        if (message.data.config && message.data.config.full) deferred = message.data
        else setup(message.data)
        postMessage({ type: 1 })
        break
      case 2:
        try {
          // Material also posts an empty query when the page starts: that needs no index.
          if (deferred && !String(message.data || "").trim()) {
            postMessage({ type: 3, data: { items: [] } })
            break
          }
          if (deferred) loadDeferred()
          postMessage({ type: 3, data: search(message.data) })
        } catch (err) {
          console.warn("Invalid query: " + message.data, err)
          postMessage({ type: 3, data: { items: [] } })
        }
        break
      default:
        throw new TypeError("Invalid message type")
    }
  })
}
