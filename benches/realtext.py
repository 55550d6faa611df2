"""Real-shaped text for the benchmark scripts: published articles read from a
folder, and long drafts made of distinct articles joined end to end."""
import glob
import os
import sys


def articles(folder):
    """The folder's .txt articles, in sorted order."""
    paths = sorted(glob.glob(os.path.join(folder, "*.txt")))
    if not paths:
        sys.exit(f"no articles in {folder}")
    for p in paths:
        with open(p, encoding="utf-8") as f:
            yield f.read()


def long_text(folder, words):
    """Distinct articles joined until about `words` words: (text, word count)."""
    parts, n = [], 0
    while n < words:
        for text in articles(folder):
            parts.append(text)
            n += len(text.split())
            if n >= words:
                break
    return "\n\n".join(parts), n
