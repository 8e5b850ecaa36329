// POST /run_sse: read the message, answer questions for free, or charge once and run the edit while streaming.

import type { Call } from '../context.js';
import { webBase } from '../context.js';
import { availableCredits, balanceOf, chargeMessage } from '../credits.js';
import { badRequest, CODES } from '../http/http-error.js';
import { isRecord, readJsonBody } from '../http/read-body.js';
import { forgetSession, requireSession } from '../sessions/find-session.js';
import { creditsAnswer, exportAnswer, helpAnswer, statusAnswer } from './answers.js';
import { runEdit } from './edit-job.js';
import { parseMessage } from './parse-message.js';
import { prepareEdit } from './prepare-edit.js';
import { SseStream } from './sse-stream.js';

/** The text of `new_message.parts`. */
function messageText(body: Record<string, unknown>): string {
  const message = body.new_message;
  if (!isRecord(message) || !Array.isArray(message.parts)) throw badRequest('new_message.parts is required');
  return message.parts
    .map((p: unknown) => (isRecord(p) && typeof p.text === 'string' ? p.text : ''))
    .join('\n')
    .trim();
}

/** Handle one message. */
export async function runSse(call: Call): Promise<void> {
  const { ctx, principal } = call;
  const body = await readJsonBody(call.req);
  if (!isRecord(body) || typeof body.session_id !== 'string') throw badRequest('session_id is required');
  const text = messageText(body);
  if (text === '') throw badRequest('the message has no text');
  const session = await requireSession(ctx, principal, body.session_id);
  const message = parseMessage(text);
  const stream = new SseStream(call.res, ctx);
  stream.open();
  const user = principal.user;
  if (message.intent !== 'edit') {
    if (message.intent === 'credits') stream.text(creditsAnswer(balanceOf(ctx, user), ctx.options.messageCost));
    else if (message.intent === 'status') stream.text(statusAnswer(session));
    else if (message.intent === 'export') stream.text(exportAnswer(session));
    else stream.text(helpAnswer());
    stream.end();
    return;
  }
  if (ctx.faults.current.timelineAtUpload === 'no-change') {
    stream.text('Your video is on the timeline (injected fault: this message changes nothing).');
    stream.end();
    return;
  }
  const prepared = await prepareEdit(ctx, session, message);
  if ('refusal' in prepared) {
    stream.text(prepared.refusal);
    stream.end();
    return;
  }
  // Checked again now that preparing (which awaits) is done: two messages may have raced.
  if (session.state.processing) {
    stream.text("I'm still working on your previous request. Ask for the status in a moment.");
    stream.end();
    return;
  }
  const available = availableCredits(ctx, user);
  if (available < ctx.options.messageCost) {
    const link = `${webBase(call)}/?bind=${user.user_id}`;
    const how = principal.anonymous ? `register to get more credits: ${link}` : 'top up your credits';
    stream.error(CODES.NO_CREDITS, `not enough credits: ${available} available, ${ctx.options.messageCost} needed; ${how}`, { user_id: user.user_id });
    stream.end();
    return;
  }
  const before = { work: session.work, state: session.state };
  session.work = 'edit';
  session.state = { ...session.state, processing: true, status: 'processing' };
  try {
    await chargeMessage(ctx, user, session.id, text);
  } catch (error) {
    Object.assign(session, before);
    stream.text('Sorry, I could not start this edit (the server could not record it). Nothing was charged; try again later.');
    stream.end();
    throw error;
  }
  if (ctx.faults.takeSessionLoss()) {
    // Fault: the message was accepted (and charged), then the service lost the session and its work.
    Object.assign(session, before);
    stream.text('Adding the voiceover to your video now.');
    stream.error(CODES.SESSION_NOT_FOUND, `session ${session.id} not found`);
    stream.end();
    ctx.logger.debug(`serve: fault loseSessionAfterMessage drops session ${session.id} after charging its message`);
    await forgetSession(ctx, session);
    return;
  }
  await ctx.tasks.track(runEdit(ctx, session, prepared.plan, stream));
}
