/**
 * The exhaustive access analysis (issue #16): exact sets of traffic between endpoints, the full
 * matrix, witnesses (a concrete packet and its path) and diffs. See README.md beside this file.
 */
export {
  ALL,
  EMPTY,
  contains,
  equals,
  format,
  intersect,
  isEmpty,
  ports,
  protocolNumber,
  sample,
  subtract,
  toIpProtocol,
  traffic,
  union,
  type Intervals,
  type TrafficSet,
} from './trafficSet.ts';
export {
  INTERNET_ENDPOINT,
  defaultEndpoints,
  endpointFromKey,
  endpointKey,
  endpointLabel,
  resourceEndpoint,
  type Endpoint,
} from './endpoints.ts';
export { NO_ACCESS, accessBetween, witness, type Access, type Witness, type WitnessPacket } from './access.ts';
export {
  accessMatrix,
  withLookup,
  type AccessMatrix,
  type MatrixCell,
  type MatrixData,
  type MatrixOptions,
} from './matrix.ts';
export {
  DEFAULT_MAX_WITNESSES,
  diffAccess,
  matchEndpoints,
  type AccessDiff,
  type AccessDiffCell,
  type DiffOptions,
  type EndpointMatch,
} from './diff.ts';
