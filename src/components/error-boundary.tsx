import { Component, type ComponentType, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  Fallback: ComponentType<{ error: unknown; reset: () => void }>;
  // Any change (a new URL, say) clears a shown error.
  resetKey: string;
  onReset?: () => void;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: unknown;
  hasError: boolean;
  resetKey: string;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined, hasError: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error, hasError: true };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    if (props.resetKey === state.resetKey) return null;
    return { error: undefined, hasError: false, resetKey: props.resetKey };
  }

  reset = (): void => {
    this.props.onReset?.();
    this.setState({ error: undefined, hasError: false });
  };

  override render(): ReactNode {
    const { Fallback } = this.props;
    if (this.state.hasError) return <Fallback error={this.state.error} reset={this.reset} />;
    return this.props.children;
  }
}
