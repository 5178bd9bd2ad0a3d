"""Knowledge-base benchmark: ingest throughput, and path/network latency on a large graph.

    .venv/bin/python benchmarks/kb_bench.py                        # 1M relations, SQLite temp file
    .venv/bin/python benchmarks/kb_bench.py --relations 100000 --docs 500
    .venv/bin/python benchmarks/kb_bench.py --db postgresql+psycopg://user@host/db

1. Ingest: ``--docs`` generated reports shaped like the development set's
   (``nexus.store.devlike``: about 15 entities, 6 events and 4 relations
   each, frequent actors, incidents told by several outlets, wire copies)
   through ``Store.ingest`` (statements, resolution, aggregates): docs/s.
   ``benchmarks/ingest_bench.py`` follows that rate as the store grows.
2. Graph: ``--relations`` random relations among ``relations / 10`` entities
   (mean degree 20) written with ``Store.bulk_insert``, then ``--queries``
   shortest paths and depth-2 neighbourhoods between seeded random entities:
   p50/p95 latency. Each latency is also given as a ratio to a baseline
   measured in the same run (a point lookup of one relation by id), so runs
   on different machines compare.

Everything random is seeded; the same options give the same store.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from nexus.analyze import neighbourhood, shortest_path
from nexus.model import stable_id
from nexus.store import Store, open_store
from nexus.store.devlike import devlike_extraction
from nexus.store.schema import relations

RELATION_TYPES = ("affiliation", "cooperation", "hostility", "based_in")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def bench_ingest(store: Store, docs: int) -> dict[str, float]:
    # Warm up first (imports, the actor gazetteer, the near-duplicate index): a run pays that once.
    store.ingest([devlike_extraction(i, seed=1) for i in range(20)])
    extractions = [devlike_extraction(i) for i in range(docs)]
    start = time.perf_counter()
    summary = store.ingest(extractions, batch_size=100)
    seconds = time.perf_counter() - start
    return {
        "docs": docs,
        "added": summary.added,
        "seconds": round(seconds, 2),
        "docs_per_s": round(docs / seconds, 1),
    }


def generate_graph(store: Store, n_relations: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    n_entities = max(10, n_relations // 10)
    ids = [stable_id("entity", "bench", i) for i in range(n_entities)]
    entity_rows = [
        {
            "id": entity_id,
            "type": "ORG",
            "name": f"Group {i}",
            "name_key": f"group {i}",
            "n_mentions": 1,
            "n_documents": 1,
        }
        for i, entity_id in enumerate(ids)
    ]
    seen: set[tuple[int, int, str]] = set()
    relation_rows = []
    base = date(2015, 1, 1)
    while len(relation_rows) < n_relations:
        a, b = rng.randrange(n_entities), rng.randrange(n_entities)
        kind = RELATION_TYPES[rng.randrange(len(RELATION_TYPES))]
        if a == b or (a, b, kind) in seen:
            continue
        seen.add((a, b, kind))
        first = base + timedelta(days=rng.randrange(3000))
        n_sources = 1 + int(rng.expovariate(1.0))
        relation_rows.append(
            {
                "id": stable_id("relation", ids[a], kind, ids[b]),
                "source_id": ids[a],
                "type": kind,
                "target_id": ids[b],
                "roles": [],
                "first_seen": first,
                "last_seen": first + timedelta(days=rng.randrange(400)),
                "n_statements": n_sources,
                "n_sources": n_sources,
                "n_hedged": 0,
                "hedged_share": 0.0,
                "asserters": [],
            }
        )
    store.bulk_insert(entity_rows=entity_rows, relation_rows=relation_rows)
    return ids


def bench_queries(store: Store, ids: list[str], queries: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed + 1)
    pairs = [(rng.choice(ids), rng.choice(ids)) for _ in range(queries)]
    centres = [rng.choice(ids) for _ in range(queries)]
    with store.connect() as connection:
        one_id = connection.execute(select(relations.c.id).limit(1)).scalar_one()
        baseline = timed(
            lambda: connection.execute(select(relations).where(relations.c.id == one_id)).all(), 200
        )
        path_ms, hops, found = [], [], 0
        for a, b in pairs:
            start = time.perf_counter()
            result = shortest_path(connection, a, b, evidence_per_hop=1)
            path_ms.append((time.perf_counter() - start) * 1000)
            found += result.found
            hops.append(len(result.hops))
        network_ms, sizes = [], []
        for centre in centres:
            start = time.perf_counter()
            network = neighbourhood(connection, centre, depth=2)
            network_ms.append((time.perf_counter() - start) * 1000)
            sizes.append(len(network.nodes))
    base_ms = statistics.median(baseline)

    def describe(values: list[float]) -> dict[str, float]:
        p50, p95 = percentile(values, 0.5), percentile(values, 0.95)
        return {
            "p50_ms": round(p50, 2),
            "p95_ms": round(p95, 2),
            "p50_ratio": round(p50 / base_ms, 1),
            "p95_ratio": round(p95 / base_ms, 1),
        }

    return {
        "baseline_point_lookup_ms": round(base_ms, 3),
        "path": {**describe(path_ms), "found": found, "mean_hops": round(statistics.mean(hops), 2)},
        "network_depth2": {**describe(network_ms), "mean_nodes": round(statistics.mean(sizes), 1)},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", help="database URL (default: a SQLite file in a temp dir); must be empty")
    parser.add_argument("--docs", type=int, default=2000, help="documents to ingest (default 2000)")
    parser.add_argument("--relations", type=int, default=1_000_000, help="relations to generate (default 1M)")
    parser.add_argument("--queries", type=int, default=100, help="path and network queries (default 100)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        results: dict[str, Any] = {"relations": args.relations}
        ingest_url = args.db or f"sqlite:///{Path(tmp) / 'ingest.db'}"
        with open_store(ingest_url) as store:
            results["ingest"] = bench_ingest(store, args.docs)
            print(f"ingest: {results['ingest']}", file=sys.stderr)
        # With --db both parts share the database: the graph's ids never collide with ingested ones.
        graph_url = args.db or f"sqlite:///{Path(tmp) / 'graph.db'}"
        with open_store(graph_url) as store:
            start = time.perf_counter()
            ids = generate_graph(store, args.relations, args.seed)
            results["generate_seconds"] = round(time.perf_counter() - start, 1)
            print(f"generated {args.relations} relations in {results['generate_seconds']} s", file=sys.stderr)
            results.update(bench_queries(store, ids, args.queries, args.seed))
        results["backend"] = graph_url.split(":", 1)[0]
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
