// Progress events and cancellation helpers shared by every long-running stage.

/** The stages an item goes through, in order. */
export type Stage = 'queued' | 'probe' | 'tts' | 'plan' | 'mix' | 'render' | 'verify' | 'upload' | 'wait' | 'export' | 'download' | 'done';

/** A progress report: which stage, and how far (0..1) when known. */
export interface ProgressEvent {
  stage: Stage;
  /** Fraction of this stage done, 0..1, when it can be known. */
  ratio?: number;
  /** Free text for a person ("line 3/12"). */
  detail?: string;
}

/** Receives progress events; library code never prints. */
export type ProgressListener = (event: ProgressEvent) => void;

/** Throw the signal's reason (an AbortError) if it was aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    const reason: unknown = signal.reason;
    if (reason instanceof Error) throw reason;
    const error = new Error('The operation was aborted');
    error.name = 'AbortError';
    throw error;
  }
}
