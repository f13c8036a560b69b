export { checkFilter, type FilterPeriod, type FilterRequest, readPeriod } from "./check-filter.js";
export { type EscalationPoint, escalationSeries } from "./escalation.js";
export { type Filter, filterEntries } from "./filter.js";
export { type OfferRecord, type OfferResponse, offers } from "./offers.js";
export { rejectedItems } from "./rejected-items.js";
export { groupByPeriod, type PeriodGroup, type SortKey, sortEntries } from "./sort-group.js";
export { type ChronicleStats, chronicleStats } from "./stats.js";
export { type Thread, threadOf, threads } from "./threads.js";
export { type ThreatRecord, threatRegister } from "./threats.js";
