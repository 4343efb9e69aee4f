#pragma once

// Specs built to exhaust a loader: each is small on disk and enormous once expanded.
#include <QByteArray>

namespace AccountDesk::HostileDocuments {

// A minimal valid OpenAPI 3.0 head with one PATCH /things whose body is `bodySchema` (JSON).
inline QByteArray openApiJson(const QByteArray& bodySchema, const QByteArray& components)
{
    return R"({"openapi": "3.0.3", "info": {"title": "Hostile", "version": "1"},
  "servers": [{"url": "https://api.example.com", "description": "PRODUCTION"}],
  "paths": {"/things": {"patch": {"operationId": "updateThing",
    "requestBody": {"content": {"application/json": {"schema": )" +
           bodySchema + R"(}}},
    "responses": {"200": {"description": "OK"}}}}},
  "components": {"schemas": {)" +
           components + "}}}\n";
}

// "Billion laughs": nine levels of anchors, each a list of ten aliases of the one before; 10^9
// strings once expanded, a few hundred bytes as text.
inline QByteArray billionLaughsYaml()
{
    QByteArray yaml = "openapi: 3.0.3\ninfo: {title: Laughs, version: '1'}\n"
                      "servers: [{url: 'https://api.example.com', description: PRODUCTION}]\n"
                      "x-laughs:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int level = 1; level <= 9; ++level) {
        const QByteArray alias = "*l" + QByteArray::number(level - 1);
        yaml += "  l" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [";
        for (int i = 0; i < 10; ++i)
            yaml += (i ? ", " : "") + alias;
        yaml += "]\n";
    }
    yaml += "paths:\n  /things:\n    patch:\n      operationId: updateThing\n      requestBody:\n"
            "        content:\n          application/json:\n            schema: {type: object, properties: "
            "{name: {type: string}}}\n      responses:\n        '200': {description: OK}\n";
    return yaml;
}

// Thirty schemas, each an object whose ten properties all reference the schema before it: 10^30
// schemas if every $ref were expanded, even within the depth limit far more than any spec needs.
inline QByteArray fanningReferencesJson()
{
    QByteArray components = R"("S0": {"type": "string"})";
    for (int level = 1; level <= 30; ++level) {
        components += ",\n    \"S" + QByteArray::number(level) + R"(": {"type": "object", "properties": {)";
        for (int i = 0; i < 10; ++i)
            components += (i ? ", " : "") + QByteArray("\"p") + QByteArray::number(i) +
                          R"(": {"$ref": "#/components/schemas/S)" + QByteArray::number(level - 1) + "\"}";
        components += "}}";
    }
    return openApiJson(R"({"$ref": "#/components/schemas/S30"})", components);
}

} // namespace AccountDesk::HostileDocuments
