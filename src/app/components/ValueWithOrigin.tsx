import { useId } from 'react';
import { describeOrigin, type Origin } from '../../core/model/origin';

/**
 * A value whose origin (file:line, default with version, fallback, hint, edit) shows on hover and
 * on keyboard focus, and is read out as the value's description.
 */
export function ValueWithOrigin({ text, origin }: { text: string; origin: Origin | undefined }) {
  const id = useId();
  if (!origin) return <span className="value">{text}</span>;
  return (
    <span className="value has-origin" tabIndex={0} aria-describedby={id}>
      {text}
      <span role="tooltip" id={id} className="origin-tip">
        {describeOrigin(origin)}
      </span>
    </span>
  );
}
