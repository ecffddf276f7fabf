import CloverServer
import Foundation

exit(CloverCRM.main(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment))
