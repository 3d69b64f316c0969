// The move models trained at build time by tools/vite/move-model-plugin.ts, one per language.
declare module 'virtual:coulisses-move-model/*' {
  import type { ShippedMoveModel } from '@/stores/session-dependencies';

  const model: ShippedMoveModel;
  export default model;
}
