/**
 * The runtime simulation's public data: what `docker run` (and `docker stop`) would do with a built
 * image. Plain readonly data, JSON-serialisable (no Maps), so the CLI can print it and the site can
 * post it from its worker. Times are seconds after `docker run` (or after `docker stop` for `stop`).
 */

export interface RunOptions {
  /** `docker run IMAGE ARG...`: replaces the image's CMD when non-empty. */
  readonly args?: readonly string[] | undefined;
  /** `--entrypoint X` (one string, as Docker takes it); `''` clears the image's ENTRYPOINT. */
  readonly entrypoint?: string | undefined;
  /** `--user`: `app`, `10000`, `10000:10001`, `app:staff`. */
  readonly user?: string | undefined;
  /** `--init`: Docker's bundled tini (`/sbin/docker-init --`) becomes PID 1. */
  readonly init?: boolean | undefined;
  /** Also simulate `docker stop`. */
  readonly stop?: boolean | undefined;
  /** Seconds `docker stop` waits before SIGKILL (`--stop-timeout`, `docker stop -t`); 10 by default, -1 = forever. */
  readonly stopTimeout?: number | undefined;
  /** `--stop-signal` (`SIGINT`, `INT`, `2`); overrides the image's STOPSIGNAL. */
  readonly stopSignal?: string | undefined;
  /** `--memory`: bytes, or Docker's notation (`250m`, `1g`, binary units). */
  readonly memory?: number | string | undefined;
  /** The host the container runs on (`linux/amd64` by default). */
  readonly platform?: string | undefined;
  /** The app's peak memory, when the learner knows it; otherwise it is estimated from the runtime. */
  readonly appMemoryBytes?: number | undefined;
  /** Make the first background child of a shell crash shortly after start. */
  readonly crashBackgroundChild?: boolean | undefined;
  /** `-e NAME=value`, added over the image's ENV. */
  readonly env?: Readonly<Record<string, string>> | undefined;
  /** `-v SOURCE:TARGET[:ro]` — only used to spot a mounted Docker socket. */
  readonly volumes?: readonly string[] | undefined;
}

/** What kind of program a process is running, as far as signals and PID 1 are concerned. */
export type ProgramKind =
  | 'tini'
  | 'dumb-init'
  | 'shell'
  | 'npm'
  | 'yarn'
  | 'node'
  | 'python'
  | 'gunicorn'
  | 'uvicorn'
  | 'flask'
  | 'java'
  | 'go'
  | 'nginx'
  | 'php-fpm'
  | 'httpd'
  | 'postgres'
  | 'sleep'
  | 'other';

/** The part a process plays: the one that does the work is the `app`. */
export type ProcessRole = 'init' | 'shell' | 'package-manager' | 'app';

export interface ProcessNode {
  /** PID in the container's namespace. PID 1 is exact; the others are illustrative (Docker's are similar small numbers). */
  readonly pid: number;
  readonly argv: readonly string[];
  readonly program: ProgramKind;
  readonly role: ProcessRole;
  /** Started with `&` by a shell. */
  readonly background: boolean;
  /** What this process ran before it `exec`ed into its current program, oldest first. */
  readonly execChain: readonly (readonly string[])[];
  /** `exited`: ended right after start; `zombie`: ended and nobody reaped it. */
  readonly state: 'running' | 'exited' | 'zombie';
  readonly exitCode?: number | undefined;
  readonly note?: string | undefined;
  readonly children: readonly ProcessNode[];
}

export interface RunError {
  /** The first line as Docker or the container prints it. */
  readonly message: string;
  /** `docker run`'s exit code (create-time errors: 125/126/127) or the container's exit code. */
  readonly exitCode: number;
  /**
   * `create`: the container never started (`docker run` prints the error and exits);
   * `start`: the runtime's last `execve` failed after the container started;
   * `runtime`: a program inside (a shell, an interpreter) failed and the container exited.
   */
  readonly phase: 'create' | 'start' | 'runtime';
  /** Who prints it: the docker CLI, or the container (what `docker logs` shows). */
  readonly printedBy: 'docker' | 'container';
  readonly output: readonly string[];
  readonly explanation: string;
}

export interface CommandReport {
  /** The command Docker runs: ENTRYPOINT + CMD after `docker run`'s overrides. */
  readonly argv: readonly string[];
  readonly entrypoint: readonly string[];
  readonly cmd: readonly string[];
  /** Where each part came from, in words (`CMD ["node","server.js"] from line 9`). */
  readonly notes: readonly string[];
}

export interface Pid1Report {
  readonly argv: readonly string[];
  /** The shell implementation when PID 1 is a shell (`dash`, `bash`, `busybox-ash`). */
  readonly shell: string | undefined;
  readonly program: ProgramKind;
  readonly role: ProcessRole;
  /** What PID 1 ran as before it `exec`ed into its current program, oldest first. */
  readonly execChain: readonly (readonly string[])[];
  readonly explanation: string;
}

/** The container's user; uid and gid are -1 when the user cannot be resolved (then `error` says why). */
export interface UserReport {
  readonly uid: number;
  readonly gid: number;
  /** The account's name, when /etc/passwd has one for the uid. */
  readonly name: string | undefined;
  /** As written (`USER` or `--user`); `''` = root by default. */
  readonly spec: string;
  readonly home: string;
  /** The uid has an /etc/passwd entry. */
  readonly exists: boolean;
}

export interface TimelineEvent {
  readonly seconds: number;
  readonly event: string;
  readonly pid?: number | undefined;
}

/** How sure a conclusion is: measured, read in the source of the program, inferred from both, or assumed. */
export type Confidence = 'measured' | 'source' | 'inferred' | 'assumed';

export interface StopReport {
  readonly signal: string;
  readonly signalSource: 'default' | 'STOPSIGNAL' | '--stop-signal';
  /** -1 = `docker stop` waits forever. */
  readonly timeoutSeconds: number;
  /** The app's own code saw the signal (a handler ran, or its default action ended it). */
  readonly reachedApp: boolean;
  /** Seconds from `docker stop` until the container is gone; undefined when it never stops (-t -1). */
  readonly seconds: number | undefined;
  readonly exitCode: number | undefined;
  /** It took SIGKILL. */
  readonly killed: boolean;
  readonly timeline: readonly TimelineEvent[];
  readonly explanation: string;
  readonly confidence: Confidence;
}

export type HealthStatus = 'none' | 'starting' | 'healthy' | 'unhealthy';

export interface HealthProbe {
  readonly form: 'CMD' | 'CMD-SHELL';
  /** What Docker execs in the container. */
  readonly argv: readonly string[];
  /** The program the probe depends on (`curl`, `wget`, `node` ...) and whether the image has it. */
  readonly tool: string | undefined;
  readonly toolFound: boolean;
  /** Exit code Docker records (-1 when the exec itself failed, as moby's health monitor does). */
  readonly exitCode: number;
  readonly output: string;
  /** The probe's success is assumed (the tool is there; whether the app answers is not simulated). */
  readonly assumed: boolean;
}

export interface HealthReport {
  readonly status: HealthStatus;
  readonly reason: string;
  readonly probe: HealthProbe | undefined;
  readonly settings:
    | {
        readonly intervalSeconds: number;
        readonly timeoutSeconds: number;
        readonly startPeriodSeconds: number;
        readonly startIntervalSeconds: number;
        readonly retries: number;
      }
    | undefined;
  readonly timeline: readonly {
    readonly seconds: number;
    readonly exitCode: number;
    readonly status: HealthStatus;
    /** A failure inside the start period does not count towards `retries`. */
    readonly counted: boolean;
  }[];
  readonly notes: readonly string[];
}

export interface MemoryReport {
  readonly limitBytes: number | undefined;
  /** The container's peak: the app's (declared or estimated) plus the other processes'. */
  readonly peakBytes: number | undefined;
  readonly peakSource: 'declared' | 'estimate' | 'unknown';
  readonly oomKilled: boolean;
  readonly killedPid: number | undefined;
  /** Exit code when the OOM kill ends the container (137, or what the parent makes of it). */
  readonly exitCode: number | undefined;
  /** The container keeps running after the kill (a background child was killed). */
  readonly containerKeepsRunning: boolean;
  readonly notes: readonly string[];
  readonly explanation: string;
}

export interface RootReport {
  readonly runningAsRoot: boolean;
  readonly uid: number;
  /** What a process running as this user could reach, in words. */
  readonly reach: readonly string[];
  /** System paths this user can write (all of them for root). */
  readonly writableSystemPaths: readonly string[];
  /** The package manager present in the image (`apt-get`, `apk`), usable by root at run time. */
  readonly packageManager: string | undefined;
  readonly dockerSocket: boolean;
  /** Docker's default capability set, held by root in the container. */
  readonly capabilities: readonly string[];
  /** For a non-root user: the working directory is not writable by it. */
  readonly workdirWritable: boolean;
  readonly explanation: string;
}

export interface BackgroundCrashReport {
  readonly pid: number;
  readonly argv: readonly string[];
  readonly parentPid: number;
  /** The parent waits for children (a shell does) and collects the dead one; otherwise it stays a zombie. */
  readonly reaped: boolean;
  readonly containerKeepsRunning: boolean;
  readonly timeline: readonly TimelineEvent[];
  readonly explanation: string;
}

export interface RunReport {
  /** The container started (`docker run` did not fail before the process ran). */
  readonly started: boolean;
  /** It is still running once started (its main process is long-running). */
  readonly running: boolean;
  readonly error?: RunError | undefined;
  /** Set when the container ends by itself right after starting (error or not). */
  readonly exit?: { readonly code: number; readonly reason: string } | undefined;
  readonly command: CommandReport;
  readonly pid1: Pid1Report;
  /** The process tree: PID 1 and its descendants (undefined when the container was never created). */
  readonly processes: ProcessNode | undefined;
  readonly user: UserReport;
  readonly workdir: string;
  readonly env: Readonly<Record<string, string>>;
  readonly stop?: StopReport | undefined;
  readonly health?: HealthReport | undefined;
  readonly memory?: MemoryReport | undefined;
  /** What the user can reach (undefined when the user cannot be resolved). */
  readonly root: RootReport | undefined;
  readonly backgroundCrash?: BackgroundCrashReport | undefined;
  /** What Docker itself would warn about (platform mismatch ...). */
  readonly warnings: readonly string[];
  /** Plain words for a learner: what happens and why. */
  readonly explanations: readonly string[];
  /** What the simulation could not read and assumed (labelled so). */
  readonly assumptions: readonly string[];
}
