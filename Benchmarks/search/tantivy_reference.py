#!/usr/bin/env python3
"""The reference engine for the search benchmark: the same corpus and queries in tantivy.

tantivy (the Rust search library, through its Python package) indexes each language's
titles and texts in fields of their own, analysed as close to Nexus as it offers: split
on non-letters, lower-cased, Latin accents folded, Snowball stemmers for English, French
and Arabic (none exists for Albanian), titles boosted four times. A query searches its
own language's fields, every word required, and a word the index does not know is
matched with one edit (a swap counting as one) — what Nexus does. A query is timed from
parsing to the top 20 hits and the exact count. MRR@10 is scored over the same known-item queries.

    python3 Benchmarks/search/tantivy_reference.py --corpus DIR --records N
"""
import argparse
import json
import pathlib
import re
import shutil
import tempfile
import time

import tantivy

LANGUAGES = ["en", "fr", "ar", "sq"]
STEMMERS = {"en": "english", "fr": "french", "ar": "arabic"}


def analyzer(language):
    builder = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple()).filter(tantivy.Filter.lowercase())
    if language != "ar":
        builder = builder.filter(tantivy.Filter.ascii_fold())
    if language in STEMMERS:
        builder = builder.filter(tantivy.Filter.stemmer(STEMMERS[language]))
    return builder.build()


def reference_query(index, searcher, words, fields):
    """Every word required; a word the index does not know is matched with one edit (a swap
    counting as one), as Nexus does. tantivy scores fuzzy matches as a constant, so known
    words keep their BM25 query and only unknown ones turn fuzzy."""
    parts = []
    for word in words.split():
        # Quoted, so that characters of the query language are taken literally.
        exact = index.parse_query('"' + word.replace('"', "") + '"', fields, field_boosts={fields[0]: 4.0})
        if searcher.search(exact, limit=1, count=True).count == 0:
            # Unquoted: tantivy makes terms fuzzy, not phrases.
            exact = index.parse_query(re.sub(r"\W", " ", word).strip() or "_", fields,
                                      fuzzy_fields={field: (False, 1, True) for field in fields})
        parts.append((tantivy.Occur.Must, exact))
    return tantivy.Query.boolean_query(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    arguments = parser.parse_args()

    schema_builder = tantivy.SchemaBuilder()
    schema_builder.add_text_field("id", stored=True, tokenizer_name="raw")
    for language in LANGUAGES:
        schema_builder.add_text_field(f"title_{language}", tokenizer_name=f"nexus_{language}")
        schema_builder.add_text_field(f"text_{language}", tokenizer_name=f"nexus_{language}")
    schema = schema_builder.build()
    folder = tempfile.mkdtemp(prefix="tantivy-bench-")
    index = tantivy.Index(schema, path=folder)
    for language in LANGUAGES:
        index.register_tokenizer(f"nexus_{language}", analyzer(language))

    start = time.perf_counter()
    writer = index.writer(heap_size=500_000_000, num_threads=2)
    with open(pathlib.Path(arguments.corpus) / "corpus.jsonl", encoding="utf-8") as corpus:
        for number, line in enumerate(corpus):
            if number >= arguments.records:
                break
            record = json.loads(line)
            language = record["language"]
            writer.add_document(tantivy.Document(**{
                "id": record["id"], f"title_{language}": record["title"], f"text_{language}": record["text"]}))
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    indexing = time.perf_counter() - start

    queries = [json.loads(line) for line in open(pathlib.Path(arguments.corpus) / "queries.jsonl", encoding="utf-8")]
    searcher = index.searcher()
    latencies, reciprocal_ranks, by_shape = [], [], {}
    for round_number in range(arguments.rounds + 1):  # round 0 warms up and is not timed
        for query in queries:
            language = query["lang"]
            fields = [f"title_{language}", f"text_{language}"]
            began = time.perf_counter()
            parsed = reference_query(index, searcher, query["q"], fields)
            result = searcher.search(parsed, limit=20, count=True)
            elapsed = (time.perf_counter() - began) * 1000
            if round_number == 0:
                continue
            latencies.append(elapsed)
            by_shape.setdefault(query["shape"], []).append(elapsed)
            if round_number == 1 and query["expect"]:
                ids = [searcher.doc(address)["id"][0] for _, address in result.hits[:10]]
                rank = ids.index(query["expect"]) + 1 if query["expect"] in ids else None
                reciprocal_ranks.append(1 / rank if rank else 0)
    shutil.rmtree(folder)

    def percentile(values, p):
        values = sorted(values)
        return values[min(len(values) - 1, int(len(values) * p + 0.999999) - 1)]
    pick = lambda p: percentile(latencies, p)
    print(json.dumps({
        "engine": "tantivy", "records": arguments.records, "queries": len(queries), "timed": len(latencies),
        "indexing_seconds": round(indexing, 1), "p50_ms": round(pick(0.50), 2), "p95_ms": round(pick(0.95), 2),
        "p99_ms": round(pick(0.99), 2),
        "p95_ms_by_shape": {shape: round(percentile(values, 0.95), 2) for shape, values in by_shape.items()},
        "mrr10": round(sum(reciprocal_ranks) / max(1, len(reciprocal_ranks)), 3),
    }, sort_keys=True))


if __name__ == "__main__":
    main()
