#!/usr/bin/env python3
"""scikit-learn reference for the cpc classify benchmark (run by bench/classify.ts, or by hand).

Usage: python3 bench/classify-sklearn.py bench/work/classify-bench.json [--repeats N]

The JSON file holds {"train": [{"text", "theme"}], "texts": [...], "gold": [{"text", "themes"}]}. Trains TF-IDF
(1-2-grams, sublinear tf, English stop words; no stemming) + LogisticRegression on the training sentences (a text
with several themes is one row per theme, as cpc's examples are), classifies the texts, and prints JSON timings and
macro-F1 (strict: argmax is the first gold theme; lenient: any gold theme) on the gold recommendations, and the
predicted theme of each gold text (goldPredictions) so the caller can score both classifiers with one yardstick.
Training and classification each run --repeats times (default 1 and 3); the fastest run counts.
"""
import argparse
import json
import sys
import time


def macro_f1(actual, predicted, labels):
    scores = []
    for label in labels:
        tp = sum(1 for a, p in zip(actual, predicted) if a == label and p == label)
        support = sum(1 for a in actual if a == label)
        guessed = sum(1 for p in predicted if p == label)
        if support == 0 and guessed == 0:
            continue
        precision = tp / guessed if guessed else 0.0
        recall = tp / support if support else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return round(sum(scores) / len(scores), 4) if scores else 0.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("--repeats", type=int, default=None)
    args = parser.parse_args()
    try:
        import sklearn
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        sys.exit("scikit-learn is not installed (python3-sklearn)")
    with open(args.data, encoding="utf-8") as f:
        data = json.load(f)
    train_texts = [row["text"] for row in data["train"]]
    train_labels = [row["theme"] for row in data["train"]]

    train_ms = float("inf")
    for _ in range(args.repeats or 1):
        t0 = time.perf_counter()
        vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, stop_words="english")
        x_train = vectorizer.fit_transform(train_texts)
        model = LogisticRegression(max_iter=1000)
        model.fit(x_train, train_labels)
        train_ms = min(train_ms, (time.perf_counter() - t0) * 1000)

    texts = data["texts"]
    best_ms = float("inf")
    for _ in range(args.repeats or 3):
        t1 = time.perf_counter()
        model.predict_proba(vectorizer.transform(texts))
        best_ms = min(best_ms, (time.perf_counter() - t1) * 1000)

    gold = data["gold"]
    predicted = list(model.predict(vectorizer.transform([g["text"] for g in gold])))
    labels = sorted(set(train_labels))
    strict_actual = [g["themes"][0] for g in gold]
    lenient_actual = [p if p in g["themes"] else g["themes"][0] for g, p in zip(gold, predicted)]
    print(json.dumps({
        "version": sklearn.__version__,
        "examples": len(train_texts),
        "texts": len(texts),
        "features": len(vectorizer.vocabulary_),
        "trainMs": round(train_ms, 1),
        "classifyMs": round(best_ms, 1),
        "textsPerSecond": round(len(texts) / (best_ms / 1000)),
        "goldStrictMacroF1": macro_f1(strict_actual, predicted, labels),
        "goldLenientMacroF1": macro_f1(lenient_actual, predicted, labels),
        "goldPredictions": [str(p) for p in predicted],
    }, indent=2))


if __name__ == "__main__":
    main()
