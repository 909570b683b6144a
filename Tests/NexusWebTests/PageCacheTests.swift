import Configuration
import NexusApplication
import NexusDomain
import NexusPersistence
import NexusTestSupport
@testable import NexusWeb
import NIOCore
import Testing

@Suite("The rendered-page cache and the snapshot it follows")
struct PageCacheTests {
    @Test("a page is served from the cache only for the snapshot it was rendered from")
    func generations() {
        let cache = PageCache()
        cache.store(ByteBuffer(string: "old"), for: "/en", generation: 1)
        #expect(cache.page(for: "/en", generation: 1) == ByteBuffer(string: "old"))
        #expect(cache.page(for: "/en", generation: 2) == nil)
        cache.store(ByteBuffer(string: "new"), for: "/fr", generation: 2)
        #expect(cache.page(for: "/en", generation: 2) == nil, "a new generation empties the cache")
    }

    @Test("the cache never holds more than its capacity")
    func bounded() {
        let cache = PageCache(capacity: 2)
        for index in 0..<5 { cache.store(ByteBuffer(string: "\(index)"), for: "/p\(index)", generation: 1) }
        let held = (0..<5).filter { cache.page(for: "/p\($0)", generation: 1) != nil }
        #expect(held.count <= 2 && held.contains(4))
    }

    @Test("a disabled cache stores nothing")
    func disabled() {
        let cache = PageCache(isEnabled: false)
        cache.store(ByteBuffer(string: "x"), for: "/en", generation: 1)
        #expect(cache.page(for: "/en", generation: 1) == nil)
    }

    @Test("NEXUS_PAGE_CACHE accepts on and off only")
    func configuration() throws {
        func config(_ value: String) throws -> AppConfig {
            try AppConfig(
                reader: ConfigReader(
                    provider: InMemoryProvider(values: [
                        AbsoluteConfigKey(["nexus", "page", "cache"]): ConfigValue(.string(value), isSecret: false)
                    ])))
        }
        #expect(try config("off").cachesPages == false)
        #expect(try config("on").cachesPages == true)
        #expect(throws: AppConfig.Invalid.self) { try config("maybe") }
    }
}
