// The engine thread's scheduler. One thread owns the index, so checks cannot run side by side;
// instead each check is a generator that yields between sentences, and the queue runs a short
// slice of one check at a time, then goes back to the event loop so new requests are received.
// Between slices it picks the most urgent check: a small draft opened while a long one is being
// checked is answered after one slice, not after the long check. One job per key (document): a
// newer job supersedes the older one, waiting or started. Index changes (load, watched files) run
// alone between slices, and the checks they interrupted start again on the new index.

/** A yielded promise is awaited and its value (or error) handed back to the generator. */
export type Steps<T> = Generator<unknown, T, unknown>;

export interface QueuedWork<T> {
  /** The document: a newer job with the same key supersedes this one. */
  key: string;
  /** Lower runs first (typing before a settings re-check before a closed file). */
  priority: number;
  /** The amount of work (text length): among equal priorities, smaller first. */
  size: number;
  /** Starts the work, again from the beginning if it is restarted. */
  start: () => Steps<T>;
}

/** What a job came to: its value, or `superseded` when a newer job or a cancel replaced it. */
export type Outcome<T> = { superseded: false; value: T } | { superseded: true };

export interface CheckQueueOptions {
  /** How long one slice of a check may run before the queue looks at other work (ms). */
  sliceMs?: number;
  /** Steps in one slice at most (tests use 1 to make the interleaving exact). */
  stepsPerSlice?: number;
  now?: () => number;
  /** Runs the next slice after the pending messages (setImmediate). */
  defer?: (run: () => void) => void;
}

interface Job {
  work: QueuedWork<unknown>;
  seq: number;
  steps?: Steps<unknown>;
  /** What to hand the generator at its next step: a promise's value or error. */
  input?: { value: unknown } | { error: unknown };
  resolve: (outcome: Outcome<unknown>) => void;
  reject: (error: unknown) => void;
}

/** A slice runs ~10 ms: short enough that a keystroke's check is not held up, long enough that switching costs little. */
const SLICE_MS = 10;

export class CheckQueue {
  private readonly jobs = new Map<string, Job>();
  private readonly exclusive: Array<() => Promise<void>> = [];
  private readonly sliceMs: number;
  private readonly stepsPerSlice: number;
  private readonly now: () => number;
  private readonly defer: (run: () => void) => void;
  private seq = 0;
  private busy = false;
  private scheduled = false;
  /** The job being stepped or whose promise is awaited: cancelling it is finished by the queue. */
  private active?: Job;

  constructor(options: CheckQueueOptions = {}) {
    this.sliceMs = options.sliceMs ?? SLICE_MS;
    this.stepsPerSlice = options.stepsPerSlice ?? Infinity;
    this.now = options.now ?? (() => performance.now());
    this.defer = options.defer ?? ((run) => setImmediate(run));
  }

  /** Queues a job; a job of the same key, waiting or started, is superseded. */
  submit<T>(work: QueuedWork<T>): Promise<Outcome<T>> {
    this.cancel(work.key);
    return new Promise<Outcome<T>>((resolve, reject) => {
      this.jobs.set(work.key, {
        work: work as QueuedWork<unknown>,
        seq: this.seq++,
        resolve: resolve as (outcome: Outcome<unknown>) => void,
        reject,
      });
      this.wake();
    });
  }

  /** Drops the job of `key`, if any: it resolves as superseded, a started one is closed (its `finally` runs). */
  cancel(key: string): void {
    const job = this.jobs.get(key);
    if (!job) return;
    this.jobs.delete(key);
    if (job !== this.active) job.steps?.return(undefined);
    job.resolve({ superseded: true });
  }

  /** Runs `task` alone, before any further step of a check, after the tasks queued before it. */
  runAlone<T>(task: () => Promise<T> | T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.exclusive.push(async () => {
        try {
          resolve(await task());
        } catch (error) {
          reject(error);
        }
      });
      this.wake();
    });
  }

  /** The started jobs begin again at their next slice (what they read has changed). */
  restartStarted(): void {
    for (const job of this.jobs.values()) {
      if (!job.steps || job === this.active) continue;
      job.steps.return(undefined);
      job.steps = undefined;
      job.input = undefined;
    }
  }

  private wake(): void {
    if (this.busy || this.scheduled) return;
    this.scheduled = true;
    this.defer(() => {
      this.scheduled = false;
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      while (this.exclusive.length) await this.exclusive.shift()!();
      const job = this.next();
      if (job) await this.slice(job);
    } finally {
      this.busy = false;
      if (this.exclusive.length || this.jobs.size) this.wake();
    }
  }

  private next(): Job | undefined {
    let best: Job | undefined;
    for (const job of this.jobs.values()) if (!best || before(job, best) < 0) best = job;
    return best;
  }

  private async slice(job: Job): Promise<void> {
    const deadline = this.now() + this.sliceMs;
    this.active = job;
    try {
      for (let steps = 0; steps < this.stepsPerSlice; steps++) {
        let step: IteratorResult<unknown, unknown>;
        try {
          job.steps ??= job.work.start();
          const input = job.input;
          job.input = undefined;
          step = input && "error" in input ? job.steps.throw(input.error) : job.steps.next(input?.value);
        } catch (error) {
          this.finish(job);
          job.reject(error);
          return;
        }
        if (step.done) {
          this.finish(job);
          job.resolve({ superseded: false, value: step.value });
          return;
        }
        if (isPromise(step.value)) {
          // Other requests are received meanwhile; the queue stays with this job until it answers.
          try {
            job.input = { value: await step.value };
          } catch (error) {
            job.input = { error };
          }
        }
        // Superseded during its step or its wait: closed now that it is suspended.
        if (this.jobs.get(job.work.key) !== job) return void job.steps.return(undefined);
        // After a wait, messages came in: choose again.
        if (isPromise(step.value) || this.now() >= deadline) return;
      }
    } finally {
      this.active = undefined;
    }
  }

  private finish(job: Job): void {
    if (this.jobs.get(job.work.key) === job) this.jobs.delete(job.work.key);
  }
}

function before(a: Job, b: Job): number {
  return a.work.priority - b.work.priority || a.work.size - b.work.size || a.seq - b.seq;
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as Promise<unknown> | undefined)?.then === "function";
}
