import NexusApplication
import NexusPersistence
import NexusLocalization
import Hummingbird
import NexusDomain
import NexusRendering

/// The API's description, the health check and the assets. Metrics are answered by the
/// responder itself, before anyone's identity is asked.
struct SystemAnswers {
    let services: AppServices

    func answer(_ route: SystemRoute, request: Request) async -> Response {
        let errors = ErrorAnswers(services: services)
        switch route {
        case .openAPI:
            return .bytes(services.openAPIDocument, contentType: "application/json; charset=utf-8")
        case .schema(let schema):
            var response = Response.bytes(services.schemas[schema] ?? [], contentType: "application/schema+json")
            response.headers[.cacheControl] = "public, max-age=3600"
            return response
        case .health:
            return await HealthCheck.answer(services.database)
        case .metrics:
            return errors.page({ ErrorPage.notFound($0, $1) }, status: .notFound, language: .source)
        case .asset(let name):
            guard let asset = services.assets[name] else {
                return errors.page({ ErrorPage.notFound($0, $1) }, status: .notFound, language: .source)
            }
            if request.headers[.ifNoneMatch] == asset.etag {
                return Response(status: .notModified, headers: [.eTag: asset.etag])
            }
            var response = Response.bytes(asset.bytes, contentType: asset.contentType)
            response.headers[.eTag] = asset.etag
            response.headers[.cacheControl] = "public, max-age=3600"
            return response
        }
    }
}
