/**
 * Sizes the build uses for what the catalog does not know — small, and labelled as estimates wherever they
 * are used (SIMULATION.md, "Estimates").
 */
export const UNKNOWN_APT_PACKAGE_BYTES = 2e6;
export const UNKNOWN_APK_PACKAGE_BYTES = 1e6;
export const UNKNOWN_PIP_PACKAGE_BYTES = 3e6;
export const UNKNOWN_NPM_PACKAGE_BYTES = 2e6;
