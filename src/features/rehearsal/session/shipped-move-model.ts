// Moved to stores/session-dependencies.ts so Atelier's test bench runs the same language layer.
export {
  decodeShippedMoveModel,
  installMoveModel,
  type ShippedMoveModel,
} from '@/stores/session-dependencies';
