import { useState, type ReactNode } from 'react';

export interface DropZoneProps {
  onFiles: (files: Array<File>) => void;
  children: ReactNode;
}

/** The dialog's content as a drop target: files dropped on it are taken here, before the page's own drop. */
export function DropZone({ onFiles, children }: DropZoneProps) {
  const [dragging, setDragging] = useState(false);
  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        onFiles([...event.dataTransfer.files]);
      }}
      className={dragging ? 'rounded-xl outline-2 outline-blue-500 outline-dashed' : undefined}
    >
      {children}
    </div>
  );
}
