// runLifecycle (operator): applies expiry, grace, cancellation, auto-renew and
// notifications as of `now` (R3, R6, R10, R13); idempotent; `dryRun` reports
// without changing; `now` within a day of the clock unless ALLOW_CLOCK_OVERRIDE.
import { builder } from '../../../builder.js';
import { MAX_LIFECYCLE_CLOCK_DRIFT_HOURS } from '../../../shared/limits.js';
import { requestLifecycleRun, runLifecycleRefusals } from '../lifecycle.service.js';

const RunLifecycleInput = builder.inputType('RunLifecycleInput', {
  description: 'The instant the lifecycle is applied as of.',
  fields: (t) => ({
    now: t.field({
      type: 'DateTime',
      description: `Apply expiry, grace, cancellation and auto-renew as of this instant; at most ${String(MAX_LIFECYCLE_CLOCK_DRIFT_HOURS)} hours from the current time unless the server runs with a test clock.`,
    }),
    dryRun: t.boolean({
      required: false,
      defaultValue: false,
      description: 'Report what the run would change (the same counts) without changing anything or charging anyone.',
    }),
  }),
});

const RunLifecycleSuccess = builder.simpleObject('RunLifecycleSuccess', {
  description: 'What a lifecycle run did; a repeated run for the same `now` does nothing more.',
  fields: (t) => ({
    asOf: t.field({ type: 'DateTime', description: 'The instant applied.' }),
    dryRun: t.boolean({ description: 'True when nothing was changed: the counts tell what a real run would do.' }),
    servicesExamined: t.int({ description: 'Services examined.' }),
    servicesSkipped: t.int({ description: 'Services skipped because another instance was processing them.' }),
    statusChanges: t.int({ description: 'Recorded status changes (grace, cancellation, storage full on or off).' }),
    enteredGrace: t.int({ description: 'Services that entered the grace period.' }),
    cancelled: t.int({ description: 'Services cancelled after the grace period.' }),
    documentsDeleted: t.int({ description: 'Documents deleted with cancelled services.' }),
    autoRenewCharges: t.int({ description: 'Auto-renew charges requested.' }),
    notificationsQueued: t.int({ description: 'New notifications queued.' }),
  }),
});

builder.mutationField('runLifecycle', (t) =>
  t.field({
    type: RunLifecycleSuccess,
    description: 'Operator: applies expiry, grace, cancellation and auto-renew as of `now`; idempotent.',
    authScopes: { operator: true },
    args: { input: t.arg({ type: RunLifecycleInput, required: true, description: 'The instant.' }) },
    errors: { types: [...runLifecycleRefusals] },
    resolve: (_root, { input }, ctx) => requestLifecycleRun(ctx, { now: input.now, dryRun: input.dryRun ?? false }),
  }),
);
