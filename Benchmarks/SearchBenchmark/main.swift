// The search benchmark's runner: indexes a synthetic corpus (Benchmarks/search/make_corpus.py)
// into the product's search index on SQLite or PostgreSQL, then times `SearchIndex.search`
// — the core of `GET /api/v1/search`, without HTTP — over the query mix, and scores it.
//
//   nexus-search-benchmark --corpus DIR --records N --database URL [--rounds R] [--broad-limit L]
//
// Prints one JSON object: indexing time, latency percentiles in milliseconds and MRR@10.
import Foundation
import Logging
import NexusDomain
import NexusPersistence

struct Record: Decodable {
    let id: String
    let kind: String
    let language: String
    let title: String
    let text: String
    let facets: [String: [String]]
}

struct Query: Decodable {
    let lang: String
    let q: String
    let expect: String?
    let shape: String
}

struct Options {
    var corpus = ""
    var records = 10_000
    var database = ""
    var rounds = 3
    var broadLimit: Int?

    static func read(_ arguments: [String]) -> Options {
        var options = Options()
        var rest = arguments.dropFirst().makeIterator()
        while let name = rest.next() {
            guard let value = rest.next() else { fail("\(name) needs a value") }
            switch name {
            case "--corpus": options.corpus = value
            case "--records": options.records = Int(value) ?? { fail("--records takes a number") }()
            case "--database": options.database = value
            case "--rounds": options.rounds = Int(value) ?? { fail("--rounds takes a number") }()
            case "--broad-limit": options.broadLimit = Int(value) ?? { fail("--broad-limit takes a number") }()
            default: fail("unknown option \(name)")
            }
        }
        if options.corpus.isEmpty || options.database.isEmpty { fail("usage: --corpus DIR --database URL [--records N] [--rounds R]") }
        return options
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("nexus-search-benchmark: \(message)\n".utf8))
    exit(1)
}

func lines<T: Decodable>(_ path: String, as type: T.Type, limit: Int = .max) throws -> [T] {
    let decoder = JSONDecoder()
    var result: [T] = []
    for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") where result.count < limit {
        result.append(try decoder.decode(T.self, from: Data(line.utf8)))
    }
    return result
}

func percentile(_ sorted: [Double], _ p: Double) -> Double {
    sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
}

func milliseconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
}

let options = Options.read(CommandLine.arguments)
var logger = Logger(label: "search-benchmark")
logger.logLevel = .warning
let database = try await NexusDatabase.open(try DatabaseLocation(url: options.database), logger: logger)
_ = try await Migrator(database: database, logger: logger).migrate()
let index = options.broadLimit.map { SearchIndex(database: database, broadLimit: $0) } ?? SearchIndex(database: database)

// Indexing: skipped when the database already holds this many benchmark records.
var indexing: Double?
if try await index.count(source: "bench") != options.records {
    let records = try lines(options.corpus + "/corpus.jsonl", as: Record.self, limit: options.records)
    guard records.count == options.records else { fail("the corpus has only \(records.count) records") }
    let documents = records.map { record in
        guard let kind = SearchKind(rawValue: record.kind) else { fail("\(record.id): unknown kind \(record.kind)") }
        var facets: [SearchFacet: [String]] = [:]
        for (name, values) in record.facets {
            guard let facet = SearchFacet(rawValue: name) else { fail("\(record.id): unknown facet \(name)") }
            facets[facet] = values
        }
        return SearchDocument(
            id: record.id, source: "bench", kind: kind, item: record.id,
            language: Language(rawValue: record.language) ?? .source, title: record.title, text: record.text,
            facets: facets)
    }
    let start = ContinuousClock.now
    try await index.replace(source: "bench", with: documents)
    indexing = milliseconds(since: start) / 1000
}

let queries = try lines(options.corpus + "/queries.jsonl", as: Query.self)
var latencies: [Double] = []
var latenciesByShape: [String: [Double]] = [:]
var reciprocalRanks: [Double] = []
for round in 0...options.rounds {  // round 0 warms the caches and is not timed
    for query in queries {
        let asked = SearchQuery(text: query.q, language: Language(rawValue: query.lang) ?? .source, pageSize: 20)
        let start = ContinuousClock.now
        let results = try await index.search(asked)
        let elapsed = milliseconds(since: start)
        guard round > 0 else { continue }
        latencies.append(elapsed)
        latenciesByShape[query.shape, default: []].append(elapsed)
        if round == 1, let expected = query.expect {
            let rank = results.hits.prefix(10).firstIndex { $0.document.id == expected }
            reciprocalRanks.append(rank.map { 1 / Double($0 + 1) } ?? 0)
        }
        if round == 1, ProcessInfo.processInfo.environment["BENCH_DETAIL"] != nil {
            let rank = results.hits.firstIndex { $0.document.id == query.expect }
            print(
                String(
                    format: "%8.2f ms  %6d found  rank %@  %@ [%@] %@", elapsed, results.total,
                    rank.map { String($0 + 1) } ?? "-", query.shape, query.lang, query.q))
        }
    }
}
try await database.close()

latencies.sort()
let report: [String: Any] = [
    "broad_limit": index.broadLimit,
    "engine": options.database.hasPrefix("postgres") ? "postgresql" : "sqlite",
    "records": options.records,
    "queries": queries.count,
    "timed": latencies.count,
    "indexing_seconds": indexing.map { ($0 * 10).rounded() / 10 } as Any,
    "p50_ms": (percentile(latencies, 0.50) * 100).rounded() / 100,
    "p95_ms": (percentile(latencies, 0.95) * 100).rounded() / 100,
    "p99_ms": (percentile(latencies, 0.99) * 100).rounded() / 100,
    "p95_ms_by_shape": latenciesByShape.mapValues { (percentile($0.sorted(), 0.95) * 100).rounded() / 100 },
    "mrr10": (reciprocalRanks.reduce(0, +) / Double(max(1, reciprocalRanks.count)) * 1000).rounded() / 1000,
]
let json = try JSONSerialization.data(
    withJSONObject: report.mapValues { $0 is Double? ? ($0 as? Double ?? NSNull()) as Any : $0 },
    options: [.sortedKeys])
print(String(decoding: json, as: UTF8.self))
