/** The fixed seed of every property in `npm test`: a failure there reproduces exactly (scripts/fuzz.ts varies it). */
export const SEED = 20_240_601;
