//go:build tools

// The Temporal Web UI server, pinned by this module's go.mod and go.sum: scripts/temporal-ui.sh builds its command
// (github.com/temporalio/ui-server/v2/cmd/server) from here. The UI's built pages are embedded in that module.
package tools

import _ "github.com/temporalio/ui-server/v2/cmd/server"
