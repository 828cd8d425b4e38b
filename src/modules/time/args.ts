// The asOf and during arguments, described once for every query that takes them (docs/api.md, "Time").

export const ASOF = {
  nullable: true,
  description:
    'The network as it stood on this day (YYYY-MM-DD): only ties that had begun and not ended then (docs/model.md, "When a tie holds"); absent: all of history',
} as const;

export const DURING = {
  nullable: true,
  description: 'Only ties that held at some time in this period (both days included); not with asOf',
} as const;
