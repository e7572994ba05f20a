#!/usr/bin/env python3
"""Assemble a Hugo site equivalent to a Prospectus build from one content folder.

    bench/hugo_site.py CONTENT_DIR SITE_DIR

SITE_DIR is (re)created with bench/hugo/config.toml and layouts/, the theme's stylesheet as a static
file, CONTENT_DIR/site.yml as data/site.yml (stages, families, strands, link templates), and the
Markdown files copied unchanged (Hugo reads YAML front matter as it is) but for recurring sessions,
which are left out: courses are flattened into content/courses/ (Prospectus allows sub-folders; the
slug is the file name either way).
Nothing here is timed by bench/run.
"""

import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def _markdown_files(folder):
    """(slug, path) of every published-candidate .md file, skipping names starting with . or _."""
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "_")))
        for name in sorted(filenames):
            if name.endswith(".md") and not name.startswith((".", "_")):
                yield name[:-3], os.path.join(dirpath, name)


# A session that recurs ('- recurs: every half-term', the sample's) has no date for these layouts to
# show: the Hugo site leaves it out. Generated content has none.
RECURRING = re.compile(r"^  - recurs:.*\n(?:    .*\n)*", re.M)


def _copy_course(path, target):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(target, "w", encoding="utf-8") as f:
        f.write(RECURRING.sub("", text))


def prepare(content, site, theme=os.path.join(ROOT, "Theme")):
    if os.path.exists(site):
        shutil.rmtree(site)
    os.makedirs(site)
    shutil.copy(os.path.join(HERE, "hugo", "config.toml"), site)
    shutil.copytree(os.path.join(HERE, "hugo", "layouts"), os.path.join(site, "layouts"))
    shutil.copytree(os.path.join(theme, "assets"), os.path.join(site, "static", "assets"))
    os.makedirs(os.path.join(site, "data"))
    shutil.copy(os.path.join(content, "site.yml"), os.path.join(site, "data", "site.yml"))
    out = os.path.join(site, "content")
    os.makedirs(out)
    if os.path.exists(os.path.join(content, "index.md")):
        with open(os.path.join(content, "index.md"), encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(out, "_index.md"), "w", encoding="utf-8") as f:
            f.write(text if text.startswith("---") else "---\ntitle: Home\n---\n" + text)
    counts = {}
    for kind in ("groups", "courses", "pathways", "pages"):
        target = os.path.join(out, kind)
        os.makedirs(target)
        n = 0
        for slug, path in _markdown_files(os.path.join(content, kind)):
            (_copy_course if kind == "courses" else shutil.copy)(path, os.path.join(target, slug + ".md"))
            n += 1
        counts[kind] = n
    # Section pages exist for courses, groups and pathways (their indexes); Prospectus has no index of
    # free pages, so Hugo should not render one either.
    with open(os.path.join(out, "pages", "_index.md"), "w", encoding="utf-8") as f:
        f.write("---\ntitle: Pages\n_build:\n  render: never\n  list: always\n---\n")
    return counts


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(prepare(sys.argv[1], sys.argv[2]))
