/** Point and mark shapes: every series and every kind of mark has its own, never colour alone. */
export type ChartShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'ring';

/** One shape of `size` (half its width) centred on x, y; styled by its class. */
export function Shape({
  shape,
  x,
  y,
  size,
  className,
}: {
  shape: ChartShape;
  x: number;
  y: number;
  size: number;
  className?: string;
}) {
  switch (shape) {
    case 'circle':
      return <circle className={className} cx={x} cy={y} r={size} />;
    case 'ring':
      return <circle className={`${className ?? ''} chart-shape--open`} cx={x} cy={y} r={size} />;
    case 'square':
      return (
        <rect className={className} x={x - size} y={y - size} width={size * 2} height={size * 2} />
      );
    case 'triangle':
      return (
        <polygon
          className={className}
          points={`${x},${y - size * 1.2} ${x + size * 1.1},${y + size * 0.8} ${x - size * 1.1},${y + size * 0.8}`}
        />
      );
    case 'diamond':
      return (
        <polygon
          className={className}
          points={`${x},${y - size * 1.3} ${x + size * 1.1},${y} ${x},${y + size * 1.3} ${x - size * 1.1},${y}`}
        />
      );
    case 'cross':
      return (
        <path
          className={`${className ?? ''} chart-shape--cross`}
          d={`M${x - size} ${y - size} L${x + size} ${y + size} M${x + size} ${y - size} L${x - size} ${y + size}`}
        />
      );
  }
}
