import assert from "node:assert/strict";
import { CheckQueue, type Outcome, type Steps } from "../../server/src/lsp/engine/checkQueue";

// The engine thread's per-document queue: which check runs next, what a newer check of the same
// document does to an older one, and index changes between slices. One step per slice, so the
// interleaving is exact.

/** A job of `count` steps that logs each step as `name:i`, and `name:closed` if abandoned. */
function* counting(log: string[], name: string, count: number): Steps<string> {
  let finished = false;
  try {
    for (let i = 0; i < count; i++) {
      log.push(`${name}:${i}`);
      yield;
    }
    finished = true;
    return name;
  } finally {
    if (!finished) log.push(`${name}:closed`);
  }
}

const value = <T>(outcome: Outcome<T>) => (outcome.superseded ? "superseded" : outcome.value);

describe("engine check queue", () => {
  it("runs the smaller of two jobs of the same priority first", async () => {
    const queue = new CheckQueue({ stepsPerSlice: 1 });
    const log: string[] = [];
    const finished: string[] = [];
    const big = queue.submit({ key: "big", priority: 0, size: 1000, start: () => counting(log, "big", 2) });
    const small = queue.submit({ key: "small", priority: 0, size: 10, start: () => counting(log, "small", 2) });
    await Promise.all([big.then(() => finished.push("big")), small.then(() => finished.push("small"))]);
    assert.deepEqual(finished, ["small", "big"]);
  });

  it("runs a lower priority number first, whatever the sizes", async () => {
    const queue = new CheckQueue({ stepsPerSlice: 1 });
    const finished: string[] = [];
    const log: string[] = [];
    const recheck = queue.submit({ key: "a", priority: 2, size: 1, start: () => counting(log, "a", 1) });
    const edit = queue.submit({ key: "b", priority: 0, size: 500, start: () => counting(log, "b", 1) });
    await Promise.all([recheck.then(() => finished.push("a")), edit.then(() => finished.push("b"))]);
    assert.deepEqual(finished, ["b", "a"]);
  });

  it("serves a small job submitted while a long one runs before the long one ends", async () => {
    const queue = new CheckQueue({ stepsPerSlice: 1 });
    const log: string[] = [];
    let small: Promise<Outcome<string>> | undefined;
    function* long(): Steps<string> {
      for (let i = 0; i < 5; i++) {
        log.push(`long:${i}`);
        if (i === 1) small = queue.submit({ key: "small", priority: 0, size: 1, start: () => counting(log, "small", 2) });
        yield;
      }
      return "long";
    }
    const longDone = queue.submit({ key: "long", priority: 0, size: 1000, start: long });
    assert.equal(value(await longDone), "long");
    assert.equal(value(await small!), "small");
    assert.deepEqual(log, ["long:0", "long:1", "small:0", "small:1", "long:2", "long:3", "long:4"]);
  });

  it("a newer job of the same document supersedes the waiting one, which never starts", async () => {
    const queue = new CheckQueue({ stepsPerSlice: 1 });
    const log: string[] = [];
    const older = queue.submit({ key: "draft", priority: 0, size: 5, start: () => counting(log, "v1", 2) });
    const newer = queue.submit({ key: "draft", priority: 0, size: 5, start: () => counting(log, "v2", 2) });
    assert.equal(value(await older), "superseded");
    assert.equal(value(await newer), "v2");
    assert.deepEqual(log, ["v2:0", "v2:1"]);
  });

  it("a newer job of the same document closes the started one between two of its steps", async () => {
    const queue = new CheckQueue({ stepsPerSlice: 1 });
    const log: string[] = [];
    let newer: Promise<Outcome<string>> | undefined;
    function* first(): Steps<string> {
      try {
        log.push("v1:0");
        newer = queue.submit({ key: "draft", priority: 0, size: 5, start: () => counting(log, "v2", 1) });
        yield;
        log.push("v1:1");
        return "v1";
      } finally {
        log.push("v1:finally");
      }
    }
    const older = queue.submit({ key: "draft", priority: 0, size: 5, start: first });
    assert.equal(value(await older), "superseded");
    assert.equal(value(await newer!), "v2");
    assert.deepEqual(log, ["v1:0", "v1:finally", "v2:0"]);
  });

  it("cancel drops a document's job and leaves the others", async () => {
    const queue = new CheckQueue({ stepsPerSlice: 1 });
    const log: string[] = [];
    const dropped = queue.submit({ key: "a", priority: 0, size: 1, start: () => counting(log, "a", 3) });
    const kept = queue.submit({ key: "b", priority: 0, size: 2, start: () => counting(log, "b", 1) });
    queue.cancel("a");
    assert.equal(value(await dropped), "superseded");
    assert.equal(value(await kept), "b");
    assert.deepEqual(log, ["b:0"]);
  });

  it("runs a task alone between two steps and starts the interrupted job again when asked", async () => {
    const queue = new CheckQueue({ stepsPerSlice: 1 });
    const log: string[] = [];
    let index = 1;
    let alone: Promise<void> | undefined;
    function* readsIndex(): Steps<number> {
      let seen = 0;
      for (let i = 0; i < 3; i++) {
        log.push(`step ${i} on index ${index}`);
        seen = index;
        if (i === 0 && !alone)
          alone = queue.runAlone(() => {
            index = 2;
            queue.restartStarted();
          });
        yield;
      }
      return seen;
    }
    const job = queue.submit({ key: "draft", priority: 0, size: 1, start: readsIndex });
    assert.equal(value(await job), 2);
    await alone;
    assert.deepEqual(log, ["step 0 on index 1", "step 0 on index 2", "step 1 on index 2", "step 2 on index 2"]);
  });

  it("awaits a promise the job yields and hands its value back", async () => {
    const queue = new CheckQueue();
    function* asks(): Steps<string> {
      const answer = (yield Promise.resolve("from the archive")) as string;
      return answer.toUpperCase();
    }
    assert.equal(value(await queue.submit({ key: "draft", priority: 0, size: 1, start: asks })), "FROM THE ARCHIVE");
  });

  it("rejects with the error a job throws, and goes on with the next", async () => {
    const queue = new CheckQueue({ stepsPerSlice: 1 });
    const log: string[] = [];
    // eslint-disable-next-line require-yield
    function* fails(): Steps<string> {
      throw new Error("broken draft");
    }
    const failed = queue.submit({ key: "a", priority: 0, size: 1, start: fails });
    const next = queue.submit({ key: "b", priority: 0, size: 2, start: () => counting(log, "b", 1) });
    await assert.rejects(failed, /broken draft/);
    assert.equal(value(await next), "b");
  });
});
