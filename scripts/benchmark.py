"""Build benchmark: our bilingual site against bare Material on the same pages, at province scale.

Usage (from the repo root, after scripts/test or scripts/serve has made .venv):
    .venv/bin/python scripts/benchmark.py                 # N = 1000 and 3000 resources, 3 runs each
    .venv/bin/python scripts/benchmark.py --sizes 200 --runs 1
    .venv/bin/python scripts/benchmark.py --sizes 0 1000 --runs 3   # 0 = today's data, as it is

For each N it writes a copy of the project with synthetic but realistic bilingual data (the real
records cycled with new ids and varied text; activities scaled to N/10, libraries to N/100), then:
  * ours: `mkdocs build` (both languages, all hooks);
  * bare: the *same* pages - every page our hooks generate is dumped during a first, untimed build of
    ours by scripts/bench_dump_hook.py - built as two plain Material projects (vi, en) with no hooks
    and no overrides, the same theme settings, Markdown extensions and menu.
It prints the median build time of the runs, the ratio ours/bare, the first ("cold") run of ours -
without the QR symbol cache in .cache/ - peak memory and its ratio (the most physical memory the
build's processes hold at one moment: see scripts/bench_memory.py; for ours the Vietnamese build and
its forked English child together, for bare the larger of its two builds), site size, file count and
the search bytes per language, ours vs Material's own index of the same pages (scripts/bench_search.py),
and the preview (scripts/serve): the median time from saving one page, and one data record, to its new
HTML being served, as a ratio to the full build of ours (scripts/bench_preview.py; goal for a page
edit: <= 0.35).
Not part of the test suite: timings and size targets belong here, not in tests.
"""

from __future__ import annotations

import argparse
import copy
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench_memory import Measured, measure_mkdocs  # noqa: E402  (scripts/ is on sys.path: this file's folder)
from bench_preview import measure as measure_preview  # noqa: E402
from bench_search import index_sizes  # noqa: E402

from hooks.lib import i18n  # noqa: E402

PROJECT_PARTS = ("mkdocs.yml", "docs", "hooks", "data", "overrides")
SYLLABLES = (
    "học tập suốt đời thư viện cộng đồng chuyển đổi số kỹ năng đọc sách giáo dục mở trực tuyến "
    "phụ huynh học sinh người cao tuổi an toàn thông tin văn hóa lịch sử khoa học toán ngoại ngữ"
).split()
WORDS = (
    "lifelong learning library community digital skills reading open education online parents pupils "
    "older adults safety culture history science mathematics languages"
).split()


def _text(i: int, words: list[str], n: int) -> str:
    return " ".join(words[(i * 7 + k * 3) % len(words)] for k in range(n))


def synthesize(project: Path, n_resources: int) -> None:
    """Replace the project's data with N resources (and scaled activities/libraries), schema-valid."""
    data = project / "data"

    # Activities are an edition's (data/editions/<year>/activities.yml): the current one's are scaled.
    year = yaml.safe_load((data / "site.yml").read_text(encoding="utf-8"))["current_edition"]
    paths = {"activities": f"editions/{year}/activities.yml"}

    def load(name):
        return yaml.safe_load((data / paths.get(name, f"{name}.yml")).read_text(encoding="utf-8"))

    def dump(name, doc):
        path = data / paths.get(name, f"{name}.yml")
        schema = "../" * (path.relative_to(data).as_posix().count("/")) + f"schemas/{name}.schema.json"
        header = f"# yaml-language-server: $schema={schema}\n"
        path.write_text(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")

    resources = load("resources")
    base = [r for r in resources["resources"]]
    out = []
    for i in range(n_resources):
        r = copy.deepcopy(base[i % len(base)])
        # The first copy of each record keeps its id: programmes, honours, banners and activities refer to them.
        if i >= len(base):
            r["id"] = f"{r['id']}-{i:05d}"
            r.pop("aliases", None)
        r["title"] = {"vi": f"{r['title']['vi']} – học phần {i}", "en": f"{r['title']['en']} – module {i}"}
        r["description"] = {
            "vi": r["description"]["vi"] + " " + _text(i, SYLLABLES, 25),
            "en": r["description"]["en"] + " " + _text(i, WORDS, 20),
        }
        out.append(r)
    resources["resources"] = out
    dump("resources", resources)

    wards = [w["id"] for w in load("wards")["wards"]]
    activities = load("activities")
    base = activities["activities"]
    out = []
    for i in range(max(len(base), n_resources // 10)):
        a = copy.deepcopy(base[i % len(base)])
        if i >= len(base):  # copies spread over the wards and days; a library's own ward stays its own
            a["id"] = f"{a['id']}-{i:05d}"
            a.pop("library", None)
            a["ward"] = wards[i % len(wards)]
            day = 1 + i % 7
            a["start"] = f"{year}-10-{day:02d}T{8 + i % 8:02d}:00"
            a["end"] = f"{year}-10-{day:02d}T{9 + i % 8:02d}:30"
        a["description"] = {
            "vi": a["description"]["vi"] + " " + _text(i, SYLLABLES, 15),
            "en": a["description"]["en"] + " " + _text(i, WORDS, 12),
        }
        out.append(a)
    activities["activities"] = out
    dump("activities", activities)

    libraries = load("libraries")
    base = libraries["libraries"]
    out = []
    for i in range(max(len(base), n_resources // 100)):
        lib = copy.deepcopy(base[i % len(base)])
        if i >= len(base):
            lib["id"] = f"{lib['id']}-{i:04d}"
        out.append(lib)
    libraries["libraries"] = out
    dump("libraries", libraries)


def copy_project(dest: Path) -> Path:
    dest.mkdir(parents=True)
    for part in PROJECT_PARTS:
        src = ROOT / part
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, dest / part)
    return dest


def timed_build(config_file: Path, site_dir: Path, env: dict) -> Measured:
    return measure_mkdocs(["build", "-q", "-f", str(config_file), "-d", str(site_dir)], env)


def bare_projects(project: Path, dump: Path, work: Path) -> list[Path]:
    """Two plain Material projects (vi, en) with exactly the pages our build produced."""
    ours = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    pairs = i18n.load_page_pairs(project / "data" / "pages.yml")
    configs = []
    for lang in i18n.LANGUAGES:
        bare = work / f"bare-{lang}"
        docs = bare / "docs"
        shutil.copytree(project / "docs" / lang, docs)
        shutil.copytree(dump / lang, docs, dirs_exist_ok=True)
        theme = {k: v for k, v in ours["theme"].items() if k != "custom_dir"}
        theme["language"] = lang
        config = {
            "site_name": ours["site_name"],
            "site_url": ours["site_url"].rstrip("/") + "/" + i18n.LANGUAGE_ROOT[lang],
            "docs_dir": "docs",
            "theme": theme,
            "markdown_extensions": ours["markdown_extensions"],
            "plugins": ["search"],
            "nav": [p.src(lang) for p in pairs],
            "validation": {"nav": {"omitted_files": "ignore"}, "links": {"unrecognized_links": "ignore"}},
        }
        (bare / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        configs.append(bare / "mkdocs.yml")
    return configs


def tree_size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def run(n: int, runs: int, work: Path, env: dict, preview_runs: int) -> dict:
    project = copy_project(work / f"proj-{n}")
    if n:  # 0: today's data as it is
        synthesize(project, n)
    dump = work / f"dump-{n}"
    cfg = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    # A first, untimed build of ours with the dump hook: it records the generated pages for the bare build
    # and Material's own search index of them, for the search bytes.
    shutil.copy2(ROOT / "scripts" / "bench_dump_hook.py", project / "hooks" / "bench_dump_hook.py")
    dump_cfg = dict(cfg, hooks=cfg["hooks"] + ["hooks/bench_dump_hook.py"])
    (project / "mkdocs.dump.yml").write_text(yaml.safe_dump(dump_cfg, allow_unicode=True), encoding="utf-8")
    timed_build(project / "mkdocs.dump.yml", work / f"dumpsite-{n}", dict(env, BENCH_DUMP_DIR=str(dump)))
    bare_cfgs = bare_projects(project, dump, work / f"bare-{n}")
    shutil.rmtree(project / ".cache", ignore_errors=True)  # the first timed run of ours is a cold build

    ours: list[Measured] = []
    bare: list[list[Measured]] = []
    for _ in range(runs):
        ours.append(timed_build(project / "mkdocs.yml", work / f"site-{n}", env))
        bare.append(
            [
                timed_build(bare_cfg, work / f"baresite-{n}" / i18n.LANGUAGE_ROOT[lang], env)
                for lang, bare_cfg in zip(i18n.LANGUAGES, bare_cfgs, strict=True)
            ]
        )
    ours_size, ours_files = tree_size(work / f"site-{n}")
    bare_size, bare_files = tree_size(work / f"baresite-{n}")
    material_indexes = {lang: (dump / f"search-index-{lang}.json").read_bytes() for lang in i18n.LANGUAGES}
    preview = measure_preview(project, preview_runs, env) if preview_runs else None
    return {
        "preview": preview,
        "n": n,
        "ours_s": statistics.median(m.seconds for m in ours),
        "bare_s": statistics.median(sum(m.seconds for m in langs) for langs in bare),
        "ours_cold_s": ours[0].seconds,
        "ours_mem": max(m.peak_bytes for m in ours),
        "bare_mem": max(m.peak_bytes for langs in bare for m in langs),
        "ours_maxrss": max(m.maxrss_bytes for m in ours),
        "bare_maxrss": max(m.maxrss_bytes[0] for langs in bare for m in langs),
        "ours_size": ours_size,
        "bare_size": bare_size,
        "ours_files": ours_files,
        "bare_files": bare_files,
        "search": index_sizes(work / f"site-{n}", material_indexes),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--preview-runs", type=int, default=5, help="saves per preview measurement (0: none)")
    args = parser.parse_args()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="true", PYTHONDONTWRITEBYTECODE="1")
    mib = 1024 * 1024
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        rows = [run(n, args.runs, Path(tmp), env, args.preview_runs) for n in args.sizes]
    print(f"\nmedian of {args.runs} run(s) per build; bare = plain Material, same pages, vi + en builds")
    print(
        f"{'N':>6} {'ours s':>8} {'bare s':>8} {'ratio':>6} {'cold s':>7} {'ours MiB':>9} {'bare MiB':>9} "
        f"{'ratio':>6} {'ours size MiB':>13} {'bare size MiB':>13} {'ours files':>10} {'bare files':>10}"
    )
    for r in rows:
        print(
            f"{r['n']:>6} {r['ours_s']:>8.2f} {r['bare_s']:>8.2f} {r['ours_s'] / r['bare_s']:>6.2f} {r['ours_cold_s']:>7.2f} "
            f"{r['ours_mem'] / mib:>9.0f} {r['bare_mem'] / mib:>9.0f} {r['ours_mem'] / r['bare_mem']:>6.2f} "
            f"{r['ours_size'] / mib:>13.1f} {r['bare_size'] / mib:>13.1f} {r['ours_files']:>10} {r['bare_files']:>10}"
        )
    synthetic = [r for r in rows if r["n"]]  # not today's data (n = 0): no growth from it
    if len(synthetic) > 1:
        a, b = synthetic[0], synthetic[-1]
        print(
            f"growth {a['n']}->{b['n']}: x{b['n'] / a['n']:.1f} resources, x{b['ours_s'] / a['ours_s']:.2f} time (ours), "
            f"x{b['bare_s'] / a['bare_s']:.2f} (bare)"
        )
    print(
        "\nmemory: peak of the summed PSS of the build's processes (scripts/bench_memory.py). For reference, "
        "each process's own peak (ru_maxrss, shared pages counted in each):"
    )
    for r in rows:
        vi, en = r["ours_maxrss"]
        print(
            f"{r['n']:>6} ours: vi {vi / mib:.0f} MiB + en (forked) {en / mib:.0f} MiB = {(vi + en) / mib:.0f} MiB; "
            f"bare: {r['bare_maxrss'] / mib:.0f} MiB"
        )
    print("\nsearch: bytes before the first result (index + worker), gzip level 6 / raw")
    for r in rows:
        for lang, s in r["search"].items():
            larger = [k for k in ("raw", "gzip") if s["first_result"][k] > s["material_first_result"][k]]
            print(
                f"{r['n']:>6} {lang}: index {s['index']['gzip']:>8} / {s['index']['raw']:>9}   "
                f"Material index {s['material_index']['gzip']:>8} / {s['material_index']['raw']:>9}   "
                f"first result {s['first_result']['gzip']:>8} vs Material {s['material_first_result']['gzip']:>8}"
                + (f"   LARGER than Material's ({', '.join(larger)})" if larger else "")
            )

    if args.preview_runs:
        print(
            f"\npreview (scripts/serve): median of {args.preview_runs} saves, from saving to the new HTML served, "
            "as a ratio to the full build of ours (goal for a page edit: <= 0.35)"
        )
        for r in rows:
            p = r["preview"]
            print(
                f"{r['n'] or 'today':>6} page {p['page_s']:>6.2f} s  ratio {p['page_s'] / r['ours_s']:.2f}   "
                f"data record {p['data_s']:>6.2f} s  ratio {p['data_s'] / r['ours_s']:.2f}   "
                f"(full build {r['ours_s']:.2f} s; pages {', '.join(f'{x:.2f}' for x in p['page_all'])})"
            )


if __name__ == "__main__":
    main()
