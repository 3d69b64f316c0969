interface FileButtonProps {
  id: string;
  label: string;
  /** The `accept` attribute: extensions and media types offered by the picker. */
  accept: string;
  onFile: (file: File) => void;
}

/**
 * A button-looking label over a hidden file input: keyboard-operable through the input, and the
 * input is emptied after each pick so choosing the same file again (after fixing it) still reads it.
 */
export function FileButton({ id, label, accept, onFile }: FileButtonProps) {
  return (
    <>
      <label className="button" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept={accept}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
