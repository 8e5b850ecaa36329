// POST /api/render/proxy/lambda {id, sessionId, draft, output}: validate, then render in the background.

import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { apiBase, type Call } from '../context.js';
import { badRequest, HttpError } from '../http/http-error.js';
import { readJsonBody } from '../http/read-body.js';
import { sendRenderOk } from '../http/respond.js';
import { requireSession } from '../sessions/find-session.js';
import type { JobRecord } from '../store/records.js';
import { checkSources } from './check-sources.js';
import { allSources, parseDraft } from './draft-schema.js';
import { startExportJob } from './export-job.js';
import { jobView } from './job-view.js';

const requestSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/, 'id: letters, digits, _ . - (at most 128)'),
  sessionId: z.string().min(1).max(200),
  draft: z.unknown(),
  output: z.looseObject({ format: z.literal('mp4').optional(), quality: z.enum(['high', 'medium', 'draft']).optional() }).optional(),
});

/** The attribution headers export needs (protocol "Headers": missing ones make export fail with HTTP 402). */
const ATTRIBUTION = ['X-Skill-Source', 'X-Skill-Version', 'X-Skill-Platform'] as const;

/** 402 answers: attribution headers missing, or the plan blocks export. */
function checkPlan(call: Call): void {
  const missing = ATTRIBUTION.filter((name) => String(call.req.headers[name.toLowerCase()] ?? '').trim() === '');
  if (missing.length > 0) {
    throw new HttpError(402, 402, `export needs the attribution headers ${ATTRIBUTION.join(', ')}; missing: ${missing.join(', ')}`, {}, { missing_headers: missing });
  }
  if (call.ctx.faults.current.blockExport) {
    throw new HttpError(402, 402, 'export is not available on the free plan: register or upgrade to unlock export');
  }
}

/** Start an export job (or answer the existing one with the same id). */
export async function startExport(call: Call): Promise<void> {
  const { ctx, principal } = call;
  const parsed = requestSchema.safeParse(await readJsonBody(call.req));
  if (!parsed.success) throw badRequest(`invalid export request: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const body = parsed.data;
  checkPlan(call);
  const session = await requireSession(ctx, principal, body.sessionId);
  const existing = ctx.store.jobs.get(body.id);
  if (existing) {
    if (existing.session_id !== session.id) throw new HttpError(409, 409, `render id ${body.id} is already used; send a new id`);
    sendRenderOk(call.res, jobView(apiBase(call), existing));
    return;
  }
  const running = [...ctx.store.jobs.values()].find((j) => j.session_id === session.id && (j.status === 'pending' || j.status === 'processing'));
  if (running) throw new HttpError(409, 409, `an export is already running for this session (${running.id}); one export at a time`, {}, { data: { id: running.id } });
  const checked = parseDraft(body.draft);
  if ('problems' in checked) throw badRequest(`invalid draft: ${checked.problems.join('; ')}`, { problems: checked.problems });
  await checkSources(ctx, principal.user.user_id, allSources(body.draft));
  const quality = body.output?.quality ?? checked.draft.m.quality;
  const draft = { ...checked.draft, m: { ...checked.draft.m, quality } };
  const now = new Date().toISOString();
  const job: JobRecord = {
    id: body.id,
    session_id: session.id,
    user_id: principal.user.user_id,
    status: 'pending',
    progress: 0,
    output: { format: 'mp4', quality },
    key: randomBytes(16).toString('hex'),
    created_at: now,
    updated_at: now,
  };
  ctx.store.jobs.set(job.id, job);
  await ctx.store.saveJobs();
  startExportJob(ctx, job, draft);
  sendRenderOk(call.res, jobView(apiBase(call), { ...job, status: 'pending', progress: 0 }));
}
