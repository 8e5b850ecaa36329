// "Never send the same message again, in the same session or a new one" (protocol §4), made
// structural: every /run_sse POST of an item must claim this guard first, and a claim succeeds
// only while no earlier POST of the item could have been accepted.

import { VoiceoverError } from '../../core/errors.js';

/** One item's message: unsent until a POST is attempted; back to unsent only on a definite refusal. */
export class MessageGuard {
  private state: 'unsent' | 'sent' = 'unsent';

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

  /** Whether a POST was made that the service may have accepted. */
  get sent(): boolean {
    return this.state === 'sent';
  }
}
