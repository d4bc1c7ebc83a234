// Property tests run with one fixed seed, so a failure in CI reproduces on any machine; FC_SEED explores others.
import * as fc from 'fast-check';

const seed = Number(process.env.FC_SEED ?? 20261125);
fc.configureGlobal({ seed });
if (process.env.FC_SEED) console.log(`fast-check seed ${seed}`);
