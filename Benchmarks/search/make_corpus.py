#!/usr/bin/env python3
"""A synthetic multilingual corpus for the search benchmark, and a query mix over it.

The words come from the bundled toolkit (Content/), so lengths, vocabulary and word order
are those of real texts in English, French, Arabic and Albanian: each language's sentences
are drawn from a bigram model of its own texts, with a long tail of invented names (places,
people, organisations) as real case files have. Documents: titles of 4-12 words, texts of
a log-normal length (median about 140 words, up to 1,500), a kind and facets.

Queries are known-item searches: each is taken from one target document (two of its rarer
words; a name and a word; or one of those written without accents, with Arabic vowels, or
with a one-letter typo) and expects that document in the top ten. A fifth of the queries
are broad (one common word) and only timed. Everything is seeded: the same arguments give
the same files.

    python3 Benchmarks/search/make_corpus.py --records 100000 --out /tmp/nexus-search-bench
"""
import argparse
import itertools
import json
import math
import pathlib
import random
import re
import unicodedata
from collections import Counter, defaultdict

LANGUAGES = {"en": 0.40, "fr": 0.25, "ar": 0.20, "sq": 0.15}
# Seven of the kinds the product indexes (SearchKind), as many as before, so a seed makes the same texts.
KINDS = ["practice", "instrument", "actor", "initiative", "meeting", "finding", "region"]
THEMES = ["a", "b", "c", "d"]
ACTORS = ["law-enforcement", "prosecution", "judiciary", "financial-intelligence-units", "customs-and-border",
          "prison-and-probation", "intelligence", "local-authorities", "civil-society", "private-sector"]
REGIONS = ["sahel", "horn-of-africa", "western-balkans", "south-east-asia", "central-asia", "middle-east"]
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
TASHKEEL = ["\u064e", "\u064f", "\u0650", "\u0652"]
SYLLABLES = {
    "en": ["bar", "ton", "wick", "ley", "ham", "ford", "mar", "sten", "dale", "rick", "wood", "hol"],
    "fr": ["mont", "ville", "ber", "lac", "sau", "rieu", "gnac", "court", "belle", "vaux", "cham", "rouen"],
    "ar": ["مال", "كور", "سيد", "نور", "بدر", "حمد", "زين", "فرا", "تاج", "قاس", "رشي", "جبل"],
    "sq": ["dri", "shk", "ova", "lë", "bar", "gjin", "mir", "ana", "kol", "zek", "ndë", "ulq"],
}


def read_texts(content):
    """Each language's texts in the bundled content, front matter values included."""
    texts = defaultdict(list)
    for path in sorted(pathlib.Path(content).glob("*/*/*.md")):
        language = path.stem
        if language not in LANGUAGES:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip().strip('"-').strip()
            if ":" in line[:24] and not line.startswith("http"):
                line = line.split(":", 1)[1].strip().strip('"')
            if line and "://" not in line and len(line.split()) > 2:
                texts[language].append(line)
    return texts


def bigram_model(lines):
    following = defaultdict(Counter)
    starts = Counter()
    for line in lines:
        words = WORD.findall(line)
        if not words:
            continue
        starts[words[0]] += 1
        for first, second in zip(words, words[1:]):
            following[first][second] += 1
        following[words[-1]]["."] += 1
    # Cumulative weights: random.choices then bisects instead of summing at every draw.
    return starts, {word: (list(counter), list(itertools.accumulate(counter.values()))) for word, counter in following.items()}


def invented_names(rng, language, count):
    syllables = SYLLABLES[language]
    names = set()
    while len(names) < count:
        name = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        names.add(name.capitalize() if language != "ar" else name)
    names = sorted(names)
    rng.shuffle(names)  # so that the frequent names are not all alike
    return names


class Writer:
    def __init__(self, rng, language, lines, names):
        self.rng = rng
        self.starts, self.model = bigram_model(lines)
        self.start_words, self.start_weights = list(self.starts), list(itertools.accumulate(self.starts.values()))
        self.names = names
        self.name_weights = list(itertools.accumulate(1 / (rank + 10) for rank in range(len(names))))

    def sentence(self, limit):
        words = [self.rng.choices(self.start_words, cum_weights=self.start_weights)[0]]
        while len(words) < limit:
            if self.rng.random() < 0.03:
                # Names follow a flattened Zipf law: a few recur, most are rare.
                words.append(self.rng.choices(self.names, cum_weights=self.name_weights)[0])
                continue
            choices = self.model.get(words[-1])
            if not choices:
                break
            word = self.rng.choices(choices[0], cum_weights=choices[1])[0]
            if word == ".":
                break
            words.append(word)
        return words

    def text(self, length):
        sentences, total = [], 0
        while total < length:
            words = self.sentence(min(40, length - total + 3))
            total += len(words)
            sentences.append(" ".join(words) + ".")
        return " ".join(sentences)


def strip_accents(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def vary(rng, language, word):
    """The word as a hurried reader types it: no accents, Arabic vowels, or one typo."""
    if language == "ar" and rng.random() < 0.5:
        return "".join(c + (rng.choice(TASHKEEL) if rng.random() < 0.6 else "") for c in word)
    if language in ("fr", "sq") and strip_accents(word) != word and rng.random() < 0.6:
        return strip_accents(word)
    if len(word) >= 6:
        i = rng.randint(2, len(word) - 3)
        return word[:i] + word[i + 1:] if rng.random() < 0.5 else word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--content", default=str(pathlib.Path(__file__).resolve().parents[2] / "Content"))
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=2026)
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    out = pathlib.Path(arguments.out)
    out.mkdir(parents=True, exist_ok=True)

    texts = read_texts(arguments.content)
    writers = {language: Writer(rng, language, texts[language], invented_names(rng, language, 8_000))
               for language in LANGUAGES}
    document_frequency = {language: Counter() for language in LANGUAGES}
    documents = []
    with open(out / "corpus.jsonl", "w", encoding="utf-8") as corpus:
        for number in range(arguments.records):
            language = rng.choices(list(LANGUAGES), list(LANGUAGES.values()))[0]
            writer = writers[language]
            title = " ".join(writer.sentence(rng.randint(4, 12)))
            length = max(20, min(1500, int(rng.lognormvariate(math.log(140), 0.7))))
            text = writer.text(length)
            kind = rng.choice(KINDS)
            record = {
                "id": f"doc-{number}", "kind": kind, "language": language, "title": title, "text": text,
                "facets": {"theme": [rng.choice(THEMES)], "actor": rng.sample(ACTORS, rng.randint(0, 3)),
                           "region": [rng.choice(REGIONS)]},
            }
            corpus.write(json.dumps(record, ensure_ascii=False) + "\n")
            words = {word.lower() for word in WORD.findall(title + " " + text)}
            document_frequency[language].update(words)
            if number < 20_000 or rng.random() < 0.05:
                documents.append((record["id"], language, title, text))

    queries = []
    while len(queries) < arguments.queries:
        identifier, language, title, text = rng.choice(documents)
        words = sorted({w for w in WORD.findall(title + " " + text) if len(w) >= 4},
                       key=lambda w: (document_frequency[language][w.lower()], w))
        if len(words) < 6:
            continue
        shape = rng.random()
        if shape < 0.2:
            common = words[-rng.randint(1, 5)]
            queries.append({"lang": language, "q": common, "expect": None, "shape": "broad"})
            continue
        rare = words[: max(3, len(words) // 10)]
        mid = words[len(words) // 4: len(words) // 2] or rare
        picked = [rng.choice(rare), rng.choice(mid)]
        if shape < 0.45:
            picked[0] = vary(rng, language, picked[0])
            name = "varied"
        else:
            name = "two words"
        queries.append({"lang": language, "q": " ".join(picked), "expect": identifier, "shape": name})
    with open(out / "queries.jsonl", "w", encoding="utf-8") as file:
        for query in queries:
            file.write(json.dumps(query, ensure_ascii=False) + "\n")
    print(f"{arguments.records} records and {len(queries)} queries in {out}")


if __name__ == "__main__":
    main()
