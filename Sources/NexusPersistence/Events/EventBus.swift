import Foundation
import Logging
import NexusDomain
import SQLKit
import Synchronization

/// Carries ``NexusEvent``s to every subscriber: within this process on SQLite, and
/// between all instances that share a PostgreSQL database through LISTEN/NOTIFY.
///
/// On PostgreSQL a message reaches local subscribers through the server too, so every
/// instance, this one included, sees events in the same order. ``run()`` keeps the
/// listening connection open; until it runs, PostgreSQL events are sent but not received.
/// Whatever is sent while no connection listens is lost to this instance, so every
/// (re)connection is announced to subscribers as ``Delivery/listening``: the moment to
/// compare data versions and read again what moved meanwhile.
public final class EventBus: Sendable {
    /// What a subscriber receives.
    public enum Delivery: Sendable, Hashable {
        /// An event, from this instance or another.
        case message(NexusEventMessage)
        /// The bus has (re)started listening; events sent before may have been missed.
        case listening
    }

    /// This instance, as named in the messages it sends.
    public let instanceID: String
    private let database: NexusDatabase
    private let logger: Logger
    private let subscribers = Mutex<[UUID: AsyncStream<Delivery>.Continuation]>([:])
    private let listening = Mutex(false)

    /// Creates the bus of `database`.
    public init(database: NexusDatabase, logger: Logger, instanceID: String = UUID().uuidString.lowercased()) {
        self.database = database
        self.logger = logger
        self.instanceID = instanceID
    }

    /// Sends `event` to every subscriber of every instance.
    public func publish(_ event: NexusEvent) async throws {
        let message = NexusEventMessage(origin: instanceID, event: event)
        switch database.engine {
        case .sqlite:
            deliver(.message(message))
        case .postgresql:
            let payload = String(decoding: try JSONEncoder().encode(message), as: UTF8.self)
            try await database.sql.raw("SELECT pg_notify(\(bind: database.eventChannel), \(bind: payload))").perform()
        }
    }

    /// The messages published from now on, until the stream's consumer stops. When more
    /// than 256 wait unread the oldest are dropped; a subscriber that falls that far behind
    /// catches up from the data versions instead.
    public func subscribe() -> AsyncStream<Delivery> {
        let (stream, continuation) = AsyncStream.makeStream(of: Delivery.self, bufferingPolicy: .bufferingNewest(256))
        let id = UUID()
        subscribers.withLock { $0[id] = continuation }
        continuation.onTermination = { [weak self] _ in
            _ = self?.subscribers.withLock { $0.removeValue(forKey: id) }
        }
        return stream
    }

    /// Listens for other instances' messages until the task is cancelled, reconnecting
    /// after a lost connection; each time it starts listening, subscribers receive
    /// ``Delivery/listening``. On SQLite, which has no other instances, it announces that
    /// once and returns.
    public func run() async throws {
        guard database.engine == .postgresql else {
            deliver(.listening)
            return
        }
        var delay = Duration.milliseconds(250)
        while !Task.isCancelled {
            do {
                try await database.listen(
                    on: database.eventChannel, logger: logger,
                    ready: {
                        listening.withLock { $0 = true }
                        delay = .milliseconds(250)
                        deliver(.listening)
                    },
                    receive: { payload in self.receive(payload) }
                )
                listening.withLock { $0 = false }
            } catch is CancellationError {
                return
            } catch {
                listening.withLock { $0 = false }
                if Task.isCancelled { return }
                logger.warning("event bus: lost the listening connection, retrying in \(delay): \(error)")
            }
            try? await Task.sleep(for: delay)
            delay = min(delay * 2, .seconds(10))
        }
    }

    /// Whether messages from other instances arrive: always on SQLite, on PostgreSQL
    /// while the listening connection is up.
    public var isListening: Bool {
        database.engine == .sqlite || listening.withLock { $0 }
    }

    /// Waits until ``isListening`` or `timeout` passes; returns whether it listens.
    public func waitUntilListening(timeout: Duration = .seconds(10)) async -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while !isListening && clock.now < deadline { try? await Task.sleep(for: .milliseconds(20)) }
        return isListening
    }

    /// Ends every subscription.
    public func finish() {
        let all = subscribers.withLock { current in
            defer { current.removeAll() }
            return Array(current.values)
        }
        for continuation in all { continuation.finish() }
    }

    private func receive(_ payload: String) {
        guard let message = try? JSONDecoder().decode(NexusEventMessage.self, from: Data(payload.utf8)) else {
            logger.warning("event bus: ignored an unreadable message")
            return
        }
        deliver(.message(message))
    }

    private func deliver(_ delivery: Delivery) {
        for continuation in subscribers.withLock({ Array($0.values) }) { continuation.yield(delivery) }
    }
}
