import { Component, lazy, Suspense, type ErrorInfo, type ReactNode } from 'react';

// Only a rendering failure shows it, so its code and its words load then.
const ViewFailed = lazy(() => import('./ViewFailed').then((module) => ({ default: module.ViewFailed })));

interface AppErrorBoundaryProps {
  children: ReactNode;
}

interface AppErrorBoundaryState {
  failed: boolean;
}

/** Keeps a rendering failure from blanking the page: the reader gets an alert and a way back. */
export class AppErrorBoundary extends Component<AppErrorBoundaryProps, AppErrorBoundaryState> {
  state: AppErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): AppErrorBoundaryState {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('The reader could not show this view:', error.message, info.componentStack);
  }

  render() {
    if (this.state.failed) {
      return (
        <Suspense fallback={null}>
          <ViewFailed onRetry={() => this.setState({ failed: false })} />
        </Suspense>
      );
    }
    return this.props.children;
  }
}
