/** Set by `.ci/run` (and most CI services): tools that CI installs must be there, so a missing one fails, not skips. */
export const onCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
