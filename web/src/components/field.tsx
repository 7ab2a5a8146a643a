import { useId, type ReactNode } from 'react';

/** A labelled control: the label is the accessible name a test or a screen reader finds. */
export function Field(props: { label: string; error?: string | null; hint?: string; children: (id: string, describedBy?: string) => ReactNode }) {
  const id = useId();
  const describedBy = props.error ? `${id}-error` : props.hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.children(id, describedBy)}
      {props.hint && !props.error ? (
        <small id={`${id}-hint`} className="hint">
          {props.hint}
        </small>
      ) : null}
      {props.error ? (
        <small id={`${id}-error`} className="field-error">
          {props.error}
        </small>
      ) : null}
    </div>
  );
}
