// The move models trained at build time by tools/vite/move-model-plugin.ts, one per language.
declare module 'virtual:coulisses-move-model/*' {
  import type { ShippedMoveModel } from '@/features/rehearsal/session/shipped-move-model';

  const model: ShippedMoveModel;
  export default model;
}
