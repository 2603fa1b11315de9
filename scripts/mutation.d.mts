/** The mutation groups (see mutation.mjs): one per folder under src/, and the top-level files. */
export declare const GROUPS: Readonly<Record<string, readonly string[]>>;
