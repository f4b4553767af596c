/**
 * `npm run fuzz -- --runs 100000 --seed N`: the property tests' fuzzers with many more runs (test/property/fuzz.ts).
 * `npm test` runs the same properties with a fixed seed and a few hundred runs.
 */
import { fuzz } from '../test/property/fuzz';

process.exitCode = await fuzz(process.argv.slice(2));
