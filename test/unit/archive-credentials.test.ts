import assert from "node:assert/strict";
import { maskUrl } from "../../server/src/archive/connection";
import { parseServiceFile, serviceName } from "../../server/src/archive/credentials";

describe("archive connection strings and services", () => {
  it("masks the password of a URL and keeps the rest readable", () => {
    assert.equal(
      maskUrl("postgresql://writer:s3cr%40t@db.example:5433/news?sslmode=require"),
      "postgresql://writer:***@db.example:5433/news?sslmode=require",
    );
    assert.equal(maskUrl("postgres://reader@db.example/news"), "postgres://reader@db.example/news");
  });

  it("masks a password given as a URL parameter or in key=value form", () => {
    assert.doesNotMatch(maskUrl("postgresql://db.example/news?password=hunter2"), /hunter2/);
    assert.equal(maskUrl("host=db.example password='a b' dbname=news"), "host=db.example password=*** dbname=news");
  });

  it("reads one section of a service file and ignores the others", () => {
    const text = "# newsroom\n[other]\nhost=elsewhere\n\n[newsroom]\nhost = db.example\nport=5433\ndbname=news\n";
    assert.deepEqual(parseServiceFile(text, "newsroom"), { host: "db.example", port: "5433", dbname: "news" });
    assert.equal(parseServiceFile(text, "missing"), undefined);
  });

  it("takes service= alone as the service PGSERVICE names", () => {
    assert.equal(serviceName("service=", { PGSERVICE: "newsroom" }), "newsroom");
    assert.equal(serviceName("service=archive", {}), "archive");
    assert.equal(serviceName("postgresql://db.example/news", {}), undefined);
    assert.throws(() => serviceName("service=", {}), /PGSERVICE is not set/);
  });
});
