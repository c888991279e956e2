/** The tool's version, recorded in run manifests and briefings. */
export const VERSION = '0.1.0';
