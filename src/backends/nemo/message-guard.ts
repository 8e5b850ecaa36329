// "Never send the same message again, in the same session or a new one" (protocol §4), made
// structural: every /run_sse POST of an item must claim this guard first, and a claim succeeds
// only while no earlier POST of the item could have been accepted, or once after the service lost
// the session it went to (1002: the protocol's one exception).

import { VoiceoverError } from '../../core/errors.js';

/** One item's message: unsent until a POST is attempted; back to unsent only on a definite refusal. */
export class MessageGuard {
  private state: 'unsent' | 'sent' = 'unsent';
  private redone = false;

  /** `onChange` hears every change (the credit reservation follows it: a charge may land from the POST on). */
  constructor(private readonly onChange?: (sent: boolean) => void) {}

  /** Call right before the POST; throws if the message may already have been accepted. */
  claim(): void {
    if (this.state === 'sent') {
      throw new VoiceoverError('INTERNAL', { detail: 'refusing to send the same message twice: it may already have run (and been charged)' });
    }
    this.state = 'sent';
    this.onChange?.(true);
  }

  /** The service refused the POST before running it (an error answer, or an error event before any reply): it may be sent again. */
  refused(): void {
    this.state = 'unsent';
    this.onChange?.(false);
  }

  /**
   * The service lost the session the message went to (1002), and its work with it: the protocol's one
   * exception, a new session redoes the item, so the message may be claimed once more. Only once.
   */
  sessionLost(): void {
    if (this.redone) throw new VoiceoverError('INTERNAL', { detail: 'refusing to redo a lost session twice: the message was already sent (and charged) again once' });
    this.redone = true;
    this.state = 'unsent';
  }

  /** Whether a lost session was already redone (`sessionLost`). */
  get wasRedone(): boolean {
    return this.redone;
  }

  /** Whether a POST was made that the service may have accepted. */
  get sent(): boolean {
    return this.state === 'sent';
  }
}
