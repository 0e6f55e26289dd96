import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorAlert } from '../ui/ErrorAlert';

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
      return <ErrorAlert message="Something went wrong while showing the article." onRetry={() => this.setState({ failed: false })} />;
    }
    return this.props.children;
  }
}
